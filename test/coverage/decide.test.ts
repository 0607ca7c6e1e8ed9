import { decideReport, DecisionInput } from '../../lambda-src/coverage/decide';
import { EMPTY_REPORT_STATE, ReportState } from '../../lambda-src/coverage/report-state';

/* The cases of the decision the moto tests do not reach. */

const NOW = new Date('2030-06-10T10:30:00Z');

function decide(previous: Partial<ReportState>, input: Partial<DecisionInput> = {}) {
  return decideReport({
    problems: new Set(),
    accountNames: new Map(),
    previous: { ...EMPTY_REPORT_STATE, ...previous },
    now: NOW,
    nowEpoch: NOW.getTime() / 1000,
    ...input,
  });
}

describe('decideReport', () => {
  test('forgets an account-list error that went away, without a report, so its return is reported', () => {
    const decision = decide({ accountListError: 'AccessDeniedException: no', lastAllClearDay: '2030-06-10' });

    expect(decision.report).toBeUndefined();
    expect(decision.stateChanged).toBe(true);
    expect(decision.next.accountListError).toBeUndefined();
  });

  test('reports an account-list error unlike the last one', () => {
    const decision = decide({ accountListError: 'AccessDeniedException: no' }, { accountListError: 'TooManyRequestsException: slow down' });

    expect(decision.report).toEqual({ reason: 'changed', recovered: [] });
    expect(decision.next.accountListError).toBe('TooManyRequestsException: slow down');
  });

  test('sends no all-clear while the accounts cannot be listed', () => {
    const decision = decide({ accountListError: 'AccessDeniedException: no' }, { accountListError: 'AccessDeniedException: no' });

    expect(decision.report).toBeUndefined();
    expect(decision).toMatchObject({ allClear: false, stateChanged: false });
  });

  test('reports a whole account that recovered with region *', () => {
    const decision = decide({ reportedKeys: new Set(['111122223333/*', '111122223333/eu-west-1']), reportedAtEpoch: 0 }, { problems: new Set(['111122223333/eu-west-1']) });

    expect(decision.report).toEqual({ reason: 'changed', recovered: [{ account: '111122223333', region: '*' }] });
  });
});
