import { simulate } from '../../simulator/simulation';
import { fixture } from '../../test/helpers';
import { copy } from '../../test/notifier/support';
const readOnlyCall = fixture('root-api-describe-instances-readonly.json');
function sessions(count: number, event = readOnlyCall): unknown[] {
  return Array.from({ length: count }, (_, i) => { const v = copy(event); v.detail.sourceIPAddress = `198.51.100.${i}`; return v; });
}
test('dbg', async () => {
  const r = await simulate({ events: sessions(10), repeat: 100, rate: 200 });
  console.log(JSON.stringify(r, null, 1));
  const r2 = await simulate({ events: [readOnlyCall], repeat: 60, rate: 1 / 60 });
  console.log(JSON.stringify(r2, null, 1));
});
