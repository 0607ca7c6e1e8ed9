import * as fc from 'fast-check';
import { planMessages, PlanLimits, ReceivedEvent } from '../../lambda-src/notifier/batch-plan';
import { EventKind, Outcome } from '../../lambda-src/notifier/root-event';
import { Severity } from '../../lambda-src/notifier/severity';

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

/** Limits under which a batch of up to 300 events is never a backlog. */
function limits(maxMessages: number): PlanLimits {
  return { maxMessages, maxEventsPerMessage: 4000, backlogEvents: 1000 };
}

const eventsOf = (message: { sessions: Array<{ events: ReceivedEvent[] }> }) => message.sessions.flatMap((session) => session.events);

describe('planMessages', () => {
  test('puts every event of a batch in exactly one message, and never more messages than allowed', () => {
    fc.assert(fc.property(batch, fc.integer({ min: 1, max: 5 }), (events, maxMessages) => {
      const planned = planMessages(events, limits(maxMessages));
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
    ], limits(3));
    expect(planned.map((message) => message.sessions.map((session) => session.session))).toEqual([['urgent'], ['quiet']]);
    expect(planned[1].sessions[0].events.map((event) => event.messageId)).toEqual(['a', 'd']);
  });

  test('reports the sessions beyond the limit together in the last message', () => {
    const events = ['s1', 's2', 's3', 's4', 's5'].map((session, i) => received(`m${i}`, session, i === 4 ? Severity.CRITICAL : Severity.MEDIUM));
    const planned = planMessages(events, limits(3));
    expect(planned.map((message) => message.sessions.map((session) => session.session))).toEqual([['s5'], ['s1'], ['s2', 's3', 's4']]);
  });

  test('sums up a backlog batch in the fewest messages that hold its events, never more than allowed per message', () => {
    const backlog = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), severity), { minLength: 51, maxLength: 400 })
      .map((items) => items.map(([session, level], i) => received(`m${i}`, `s${session}`, level)));
    fc.assert(fc.property(backlog, fc.integer({ min: 1, max: 120 }), (events, maxEventsPerMessage) => {
      const planned = planMessages(events, { maxMessages: 3, maxEventsPerMessage, backlogEvents: 50 });
      expect(planned).toHaveLength(Math.ceil(events.length / maxEventsPerMessage));
      for (const message of planned) {
        expect(eventsOf(message).length).toBeLessThanOrEqual(maxEventsPerMessage);
      }
      const ids = planned.flatMap((message) => eventsOf(message).map((event) => event.messageId));
      expect(ids.sort()).toEqual(events.map((event) => event.messageId).sort());
    }));
  });

  test('puts the most severe session first in a backlog summary', () => {
    const events = Array.from({ length: 11 }, (_, i) => received(`m${i}`, i === 10 ? 'urgent' : 'noisy', i === 10 ? Severity.CRITICAL : Severity.MEDIUM));
    const planned = planMessages(events, { maxMessages: 3, maxEventsPerMessage: 4000, backlogEvents: 10 });
    expect(planned).toHaveLength(1);
    expect(planned[0].sessions.map((session) => session.session)).toEqual(['urgent', 'noisy']);
  });
});
