import type { StoredParameter } from '../../../lambda-src/notifier/planned/window';
import type { WindowStore } from '../../../lambda-src/notifier/planned/window-store';

export const PATH = '/root-activity-monitor/planned-root-use/';

/** A window's parameter as SSM lists it, declared at `declared` (LastModifiedDate). */
export function windowParameter(name: string, value: unknown, declared = '2024-11-05T12:00:00Z'): StoredParameter {
  return {
    Name: `${PATH}${name}`,
    Type: 'String',
    Value: typeof value === 'string' ? value : JSON.stringify(value),
    LastModifiedDate: new Date(declared),
    Version: 1,
  };
}

/** A valid window's value; `overrides` replace or add keys. */
export function windowValue(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    accounts: ['111122223333'],
    start: '2024-11-06T00:00:00Z',
    end: '2024-11-06T03:00:00Z',
    plannedBy: 'alice@example.com',
    ticket: 'CHG-1234',
    ...overrides,
  };
}

export interface FakeStoreOptions {
  /**
   * How many parameters each page holds, in turn (the last repeats).
   * GetParametersByPath is best-effort: "The number of items returned ...
   * can be between zero and the value of MaxResults", with a NextToken when
   * it stopped early at an internal limit
   * (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParametersByPath.html).
   * This stub models that worst case: pages short of MaxResults, even empty
   * ones, that still carry a NextToken. @default [10]
   */
  readonly pageSizes?: number[];
  /** Every call rejects with this error (throttling, access denied). */
  readonly error?: Error;
  /** GetParameter's answers by name; an unknown name rejects with ParameterNotFound, as SSM does. */
  readonly current?: Record<string, StoredParameter>;
}

/** Parameter Store as the planned-use code sees it, serving `parameters`, recording each call. */
export function fakeWindowStore(parameters: StoredParameter[], options: FakeStoreOptions = {}) {
  const calls: Array<{ Path: string; Recursive: boolean; MaxResults: number; NextToken?: string }> = [];
  const gets: string[] = [];
  const sizes = options.pageSizes ?? [10];
  const store: WindowStore = {
    getParametersByPath: async (input) => {
      calls.push({ ...input });
      if (options.error !== undefined) {
        throw options.error;
      }
      const page = calls.length - 1;
      const offset = input.NextToken === undefined ? 0 : Number(input.NextToken);
      const size = Math.min(sizes[Math.min(page, sizes.length - 1)], input.MaxResults);
      const end = offset + size;
      return { Parameters: parameters.slice(offset, end), ...end < parameters.length ? { NextToken: String(end) } : {} };
    },
    getParameter: async ({ Name }) => {
      gets.push(Name);
      if (options.error !== undefined) {
        throw options.error;
      }
      const parameter = options.current?.[Name];
      if (parameter === undefined) {
        throw Object.assign(new Error(`Parameter ${Name} not found.`), { name: 'ParameterNotFound' });
      }
      return { Parameter: parameter };
    },
  };
  return { store, calls, gets };
}

/** An error as the SDK raises it: its name is the API's error code. */
export function awsError(name: string, message = name): Error {
  return Object.assign(new Error(message), { name });
}
