/**
 * The single-account monitor: `RootActivityMonitor`, its props, and how it
 * resolves which parts to build (the trail, rule, notifier and usage alarm of
 * parts/), the topic and queues (delivery/) and its self-health (health/).
 *
 * May import: parts/, delivery/, health/, compliance/, validation/.
 *
 * This index exports the folder's public API; `monitor-parts.ts` is
 * internal.
 */
export * from './root-activity-monitor';
export * from './root-activity-monitor-props';
