/**
 * Structured JSON logs, one object a line, so CloudWatch Logs Insights can
 * query them by field. Shared by the coverage and posture bundles; esbuild
 * copies it into each.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export type LogSink = (line: string) => void;

export function createLogger(sink: LogSink = (line) => console.log(line)): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>) => {
    // Our keys last, so a field can never overwrite them.
    sink(JSON.stringify({ ...fields, timestamp: new Date().toISOString(), level, message }));
  };
  return {
    info: (message, fields) => write('INFO', message, fields),
    warn: (message, fields) => write('WARN', message, fields),
    error: (message, fields) => write('ERROR', message, fields),
  };
}

/** A short, loggable description of an error: its name and message, no stack. */
export function describeError(error: unknown): { errorName: string; errorMessage: string } {
  if (error instanceof Error) {
    return { errorName: error.name, errorMessage: error.message };
  }
  return { errorName: typeof error, errorMessage: String(error) };
}
