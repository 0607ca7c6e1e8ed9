export * from './root-activity-monitor';
export * from './root-activity-trail';
export * from './root-activity-rule';
export * from './root-activity-notifier';
export * from './root-usage-alarm';
