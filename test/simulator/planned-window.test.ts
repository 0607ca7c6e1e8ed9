import { accessKeyCreated, expectWithinBounds } from './scenarios';
import { simulate } from '../../simulator/simulation';
import { copy } from '../notifier/support';

// root-api-create-access-key.json: CRITICAL, at 2024-11-04T09:21:08Z, by the root user of 111122223333.
const PLANNED_ACCOUNT = '111122223333';
const OTHER_ACCOUNT = '444455556666';
const WINDOW = { accounts: [PLANNED_ACCOUNT], start: '2024-11-04T09:00:00Z', end: '2024-11-04T10:00:00Z' };

/** The CRITICAL call, moved whole to another account (envelope, identity and recipient), so it is not unverified. */
function inAccount(account: string) {
  const event = copy(accessKeyCreated);
  event.account = account;
  event.detail.recipientAccountId = account;
  event.detail.userIdentity.accountId = account;
  event.detail.userIdentity.arn = `arn:aws:iam::${account}:root`;
  return event;
}

describe('a flood of root events with a planned root use window', () => {
  test('the planned account\'s events are labelled and lowered, the other account\'s are not, within the bounds', async () => {
    const messages: Array<{ text: string; planned: boolean }> = [];
    const result = await simulate({
      events: [inAccount(PLANNED_ACCOUNT), inAccount(OTHER_ACCOUNT)],
      repeat: 300,
      rate: 50,
      plannedWindows: [WINDOW],
      onPublished: ({ text }) => messages.push({ text, planned: /\(planned: SIM-1, by simulator\)/.test(text) }),
    });
    expectWithinBounds(result);
    const ids = (text: string) => [...text.matchAll(/^00000000-0000-4000-8000-(\d{12})( \(planned: SIM-1, by simulator\))?$/gm)]
      .map((match) => ({ n: Number(match[1]), planned: match[2] !== undefined }));
    const all = messages.flatMap((message) => ids(message.text));
    expect(all.length).toBeGreaterThanOrEqual(600);
    // Events alternate: even numbers are the planned account's, odd the other's.
    for (const { n, planned } of all) {
      expect(planned).toBe(n % 2 === 0);
    }
    // The other account's CRITICAL events keep every message they are in CRITICAL.
    for (const message of messages) {
      const inIt = ids(message.text);
      const severity = message.text.slice(0, message.text.indexOf(':'));
      expect(severity).toBe(inIt.some(({ planned }) => !planned) ? 'CRITICAL' : 'HIGH');
    }
  });

  test('without the window, nothing is labelled', async () => {
    const texts: string[] = [];
    await simulate({ events: [inAccount(PLANNED_ACCOUNT)], repeat: 20, rate: 5, onPublished: ({ text }) => texts.push(text) });
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((text) => text.includes('planned:'))).toBe(false);
  });
});
