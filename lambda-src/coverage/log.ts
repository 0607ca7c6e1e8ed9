/** The structured logger, shared with the posture bundle (lambda-src/shared/log.ts). */
export { createLogger, describeError } from '../shared/log';
export type { Logger, LogSink } from '../shared/log';
