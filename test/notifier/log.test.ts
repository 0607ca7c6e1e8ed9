import { createLogger, describeError } from '../../lambda-src/notifier/log';

describe('createLogger', () => {
  test('writes each entry as one JSON line with time, level, message and fields', () => {
    const lines: string[] = [];
    const log = createLogger((line) => lines.push(line));

    log.info('Published', { messageId: 'm-1', oddities: ['a', 'b'] });
    log.warn('Odd');
    log.error('Failed', { errorName: 'Error' });

    expect(lines).toHaveLength(3);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    const entries = lines.map((line) => JSON.parse(line));
    expect(entries.map((entry) => [entry.level, entry.message])).toEqual([['INFO', 'Published'], ['WARN', 'Odd'], ['ERROR', 'Failed']]);
    expect(entries[0]).toEqual(expect.objectContaining({ messageId: 'm-1', oddities: ['a', 'b'] }));
    expect(new Date(entries[0].timestamp).toISOString()).toBe(entries[0].timestamp);
  });

  test('writes to the console by default, where Lambda sends it to CloudWatch Logs', () => {
    const consoleLog = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      createLogger().warn('to the console');

      expect(consoleLog).toHaveBeenCalledTimes(1);
      expect(JSON.parse(consoleLog.mock.calls[0][0] as string)).toEqual(expect.objectContaining({ level: 'WARN', message: 'to the console' }));
    } finally {
      consoleLog.mockRestore();
    }
  });
});

describe('describeError', () => {
  test('gives the name and message of an Error, without its stack', () => {
    const error = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });

    expect(describeError(error)).toEqual({ errorName: 'ThrottlingException', errorMessage: 'Rate exceeded' });
  });

  test('describes a thrown value that is not an Error by its type and text', () => {
    expect(describeError('socket hang up')).toEqual({ errorName: 'string', errorMessage: 'socket hang up' });
    expect(describeError(undefined)).toEqual({ errorName: 'undefined', errorMessage: 'undefined' });
  });
});
