import * as fc from 'fast-check';
import { planMessages, ReceivedEvent } from '../../../lambda-src/notifier/delivery/batch-plan';
import { EventKind, Outcome } from '../../../lambda-src/notifier/events/root-event';
import { Severity } from '../../../lambda-src/notifier/events/severity';

function received(messageId: string, session: string, severity: Severity): ReceivedEvent {
  return {
    messageId,
    raw: {},
    session,
    classification: { severity, reason: 'test' },
    event: { kind: EventKind.API_CALL, eventName: 'Test', outcome: Outcome.SUCCESS, oddities: [], eventId: messageId, crossAccount: false, assumedRoot: false },
  };
}

const severity = fc.constantFrom(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM);
const batch = fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), severity), { maxLength: 300 })
  .map((items) => items.map(([session, level], i) => received(`m${i}`, `s${session}`, level)));

const eventsOf = (message: { sessions: Array<{ events: ReceivedEvent[] }> }) => message.sessions.flatMap((session) => session.events);

describe('planMessages', () => {
  test('puts every event of a batch in exactly one message, and one message while they fit', () => {
    fc.assert(fc.property(batch, (events) => {
      const planned = planMessages(events, 4000);
      const ids = planned.flatMap((message) => eventsOf(message).map((event) => event.messageId));
      expect(ids.sort()).toEqual(events.map((event) => event.messageId).sort());
      expect(planned).toHaveLength(events.length === 0 ? 0 : 1);
    }));
  });

  test('orders the sessions of a message most severe first, each session\'s events as they arrived', () => {
    const planned = planMessages([
      received('a', 'quiet', Severity.MEDIUM),
      received('b', 'urgent', Severity.MEDIUM),
      received('c', 'urgent', Severity.CRITICAL),
      received('d', 'quiet', Severity.MEDIUM),
    ], 4000);
    expect(planned.map((message) => message.sessions.map((session) => session.session))).toEqual([['urgent', 'quiet']]);
    expect(planned[0].sessions[1].events.map((event) => event.messageId)).toEqual(['a', 'd']);
  });

  test('splits more events than a message may name into the fewest messages that hold them', () => {
    const many = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), severity), { minLength: 51, maxLength: 400 })
      .map((items) => items.map(([session, level], i) => received(`m${i}`, `s${session}`, level)));
    fc.assert(fc.property(many, fc.integer({ min: 1, max: 120 }), (events, maxEventsPerMessage) => {
      const planned = planMessages(events, maxEventsPerMessage);
      expect(planned).toHaveLength(Math.ceil(events.length / maxEventsPerMessage));
      for (const message of planned) {
        expect(eventsOf(message).length).toBeLessThanOrEqual(maxEventsPerMessage);
      }
      const ids = planned.flatMap((message) => eventsOf(message).map((event) => event.messageId));
      expect(ids.sort()).toEqual(events.map((event) => event.messageId).sort());
    }));
  });

  test('puts the most severe session first when a batch is split', () => {
    const events = Array.from({ length: 11 }, (_, i) => received(`m${i}`, i === 10 ? 'urgent' : 'noisy', i === 10 ? Severity.CRITICAL : Severity.MEDIUM));
    const planned = planMessages(events, 5);
    expect(planned).toHaveLength(3);
    expect(planned[0].sessions.map((session) => session.session)).toEqual(['urgent', 'noisy']);
  });
});
