import type { SNSClient } from '@aws-sdk/client-sns';
import type { InvocationLife } from './invocation';
import type { VirtualClock } from './virtual-clock';

/** A message SNS accepted. */
export interface PublishedMessage {
  readonly atMs: number;
  readonly topicArn: string;
  /** Subject and body, where the measurements look for event ids. */
  readonly text: string;
  /** The body alone (a chat message's JSON, say). */
  readonly message: string;
}

/** A span of virtual time during which SNS does not answer. */
export interface PublishOutage {
  readonly startMs: number;
  readonly endMs: number;
  /** Only publishes to this topic hang. @default - every topic */
  readonly topicArn?: string;
}

interface PublishInput {
  readonly TopicArn?: string;
  readonly Subject?: string;
  readonly Message?: string;
}

/**
 * SNS as the notifier sees it: every Publish takes `latencyMs` and is
 * recorded, except during an outage, when it hangs and only its caller's
 * abort signal ends it. A hung connection is the pessimistic end of an
 * outage: the caller loses its whole per-call timeout, where a refused
 * connection would fail at once.
 */
export class SnsRecorder {
  public readonly published: PublishedMessage[] = [];
  /** When each failed or abandoned attempt ended, in virtual ms. */
  public readonly failures: number[] = [];

  constructor(
    private readonly clock: VirtualClock,
    private readonly latencyMs: number,
    private readonly outages: readonly PublishOutage[],
    private readonly onPublished?: (message: PublishedMessage) => void,
  ) {}

  /**
   * A client for one invocation. A publish that invocation starts after it
   * has ended never reaches SNS, since Lambda has stopped or frozen it.
   * One that started before reaches SNS even if the invocation ends while
   * it is under way: the request was already sent.
   */
  public clientFor(life: InvocationLife): SNSClient {
    const send = (command: { input: PublishInput }, options?: { abortSignal?: AbortSignal }): Promise<unknown> => {
      if (!life.isAlive()) {
        return new Promise(() => undefined);
      }
      const signal = options?.abortSignal;
      if (signal?.aborted) {
        this.failures.push(this.clock.now());
        return Promise.reject(abortError());
      }
      return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (answer: boolean) => {
          if (!settled) {
            settled = true;
            this.failures.push(this.clock.now());
            if (answer) {
              reject(abortError());
            }
          }
        };
        signal?.addEventListener('abort', () => fail(true), { once: true });
        if (this.inOutage(this.clock.now(), command.input.TopicArn)) {
          // Abandoned when the invocation ends, if its caller never aborts it;
          // nothing runs in an ended invocation, so nobody hears of it.
          life.onEnd(() => fail(false));
          return;
        }
        void this.clock.sleep(this.latencyMs).then(() => {
          const { TopicArn, Subject, Message } = command.input;
          this.published.push({
            atMs: this.clock.now(), topicArn: TopicArn ?? '(no topic)', text: `${Subject ?? ''}\n${Message ?? ''}`, message: Message ?? '',
          });
          this.onPublished?.(this.published[this.published.length - 1]);
          if (!settled) {
            settled = true;
            resolve({ MessageId: `message-${this.published.length}` });
          }
        });
      });
    };
    return { send } as unknown as SNSClient;
  }

  private inOutage(atMs: number, topicArn: string | undefined): boolean {
    return this.outages.some((outage) => atMs >= outage.startMs && atMs < outage.endMs
      && (outage.topicArn === undefined || outage.topicArn === topicArn));
  }
}

function abortError(): Error {
  return Object.assign(new Error('Request aborted'), { name: 'AbortError' });
}
