/**
 * How an alert travels (internal, not exported from the package): the alert
 * topic and its key, the alert queue's batching, the dead-letter queue, the raw
 * event target used without a notifier, the limits the handler and the
 * construct share, and where the bundled functions are.
 *
 * May import: compliance/.
 *
 * Nothing here is part of the public API: src/index.ts does not export this
 * folder. Code elsewhere in src/ imports the file it needs directly.
 */
export * from './alert-delivery';
export * from './alert-topic';
export * from './dead-letter-queue';
export * from './delivery-limits';
export * from './function-assets';
export * from './raw-event-topic-target';
