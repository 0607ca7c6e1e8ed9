import * as fc from 'fast-check';
import { planMessages, ReceivedEvent } from '../../lambda-src/notifier/batch-plan';
import { EventKind, Outcome } from '../../lambda-src/notifier/root-event';
import { Severity } from '../../lambda-src/notifier/severity';

function received(messageId: string, session: string, severity: Severity): ReceivedEvent {
  return {
    messageId,
    raw: {},
    session,
    classification: { severity, reason: 'test' },
    event: { kind: EventKind.API_CALL, eventName: 'Test', outcome: Outcome.SUCCESS, oddities: [], eventId: messageId, crossAccount: false },
  };
}

const severity = fc.constantFrom(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM);
const batch = fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), severity), { maxLength: 300 })
  .map((items) => items.map(([session, level], i) => received(`m${i}`, `s${session}`, level)));

describe('planMessages', () => {
  test('puts every event of a batch in exactly one message, and never more messages than allowed', () => {
    fc.assert(fc.property(batch, fc.integer({ min: 1, max: 5 }), (events, maxMessages) => {
      const planned = planMessages(events, maxMessages);
      const ids = planned.flatMap((message) => message.sessions.flatMap((session) => session.events.map((event) => event.messageId)));
      expect(ids.sort()).toEqual(events.map((event) => event.messageId).sort());
      expect(planned.length).toBeLessThanOrEqual(maxMessages);
    }));
  });

  test('gives each session its own message while they fit, most severe first', () => {
    const planned = planMessages([
      received('a', 'quiet', Severity.MEDIUM),
      received('b', 'urgent', Severity.MEDIUM),
      received('c', 'urgent', Severity.CRITICAL),
      received('d', 'quiet', Severity.MEDIUM),
    ], 3);
    expect(planned.map((message) => message.sessions.map((session) => session.session))).toEqual([['urgent'], ['quiet']]);
    expect(planned[1].sessions[0].events.map((event) => event.messageId)).toEqual(['a', 'd']);
  });

  test('reports the sessions beyond the limit together in the last message', () => {
    const events = ['s1', 's2', 's3', 's4', 's5'].map((session, i) => received(`m${i}`, session, i === 4 ? Severity.CRITICAL : Severity.MEDIUM));
    const planned = planMessages(events, 3);
    expect(planned.map((message) => message.sessions.map((session) => session.session))).toEqual([['s5'], ['s1'], ['s2', 's3', 's4']]);
  });
});
