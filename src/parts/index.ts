/**
 * The parts a monitor wires together, each also usable alone: the hardened
 * trail, the EventBridge rule and its root pattern, the notifier Lambda with
 * its alert queue, the CIS usage alarm and its filter, how privileged
 * root tasks are reported, planned root use windows and the root
 * credential posture check.
 *
 * May import: delivery/, compliance/, validation/.
 *
 * This index exports the folder's public API; the patterns
 * (`root-activity-event-pattern.ts`, `root-usage-filter-pattern.ts`) are
 * internal.
 */
export * from './root-activity-trail';
export * from './root-activity-rule';
export * from './root-activity-notifier';
export * from './root-usage-alarm';
export * from './assumed-root-tasks';
export * from './chat-delivery';
export * from './planned-root-use';
export * from './root-posture-check';
