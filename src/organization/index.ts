/**
 * Organization-wide coverage: the hub (bus, rules, coverage report), the
 * member forwarder with its watch rule and heartbeat, the StackSet that rolls
 * it out and its inline member template, and the guardrail SCP.
 *
 * May import: monitor/, parts/, delivery/, compliance/, validation/.
 *
 * This index exports the folder's public API; `forwarder-heartbeat.ts`,
 * `forwarder-template.ts`, `forwarder-watch.ts`, `hub-coverage.ts` are
 * internal.
 */
export * from './root-activity-hub';
export * from './root-activity-forwarder';
export * from './root-activity-forwarder-stack-set';
export * from './root-activity-guardrail-policy';
