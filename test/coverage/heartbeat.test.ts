import * as fc from 'fast-check';
import { heartbeatEvent } from './support';
import { checkHeartbeat } from '../../lambda-src/coverage/heartbeat';

/* The heartbeat check on its own: what a hostile or broken sender can put in an event. */

describe('checkHeartbeat', () => {
  test('accepts a forwarder heartbeat, taking account and region from the envelope', () => {
    expect(checkHeartbeat(heartbeatEvent('111122223333', 'us-gov-west-1'))).toEqual({ heartbeat: { account: '111122223333', region: 'us-gov-west-1' } });
  });

  test('never throws, whatever the event', () => {
    fc.assert(fc.property(fc.anything(), (event) => {
      checkHeartbeat(event);
    }));
  });

  test('never accepts an event whose detail names an account or region its envelope does not', () => {
    const accountId = fc.stringMatching(/^\d{12}$/);
    const region = fc.constantFrom('eu-west-1', 'us-east-1', 'ap-southeast-2');
    fc.assert(fc.property(accountId, region, accountId, region, (account, where, claimedAccount, claimedRegion) => {
      fc.pre(account !== claimedAccount || where !== claimedRegion);
      const check = checkHeartbeat(heartbeatEvent(account, where, { account: claimedAccount, region: claimedRegion }));
      expect(check).toHaveProperty('rejection');
    }));
  });

  test('cuts long sender-controlled values short in what it logs', () => {
    const check = checkHeartbeat({ ...heartbeatEvent('111122223333', 'eu-west-1'), source: 'x'.repeat(10_000) });

    expect(check).toEqual({ rejection: { reason: expect.any(String), fields: { source: `${'x'.repeat(64)}…`, detailType: expect.any(String) } } });
  });
});
