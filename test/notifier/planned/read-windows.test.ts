import { MAX_PAGES, readWindows } from '../../../lambda-src/notifier/planned/read-windows';
import { collectingLogger } from '../support';
import { awsError, fakeWindowStore, PATH, windowParameter, windowValue } from './fake-window-store';

const READING = { path: PATH, maxMinutes: 240 };

function windows(count: number) {
  return Array.from({ length: count }, (_, i) => windowParameter(`w${String(i).padStart(3, '0')}`, windowValue({ ticket: `CHG-${i}` })));
}

describe('reading planned root use windows from Parameter Store', () => {
  test('asks for the path only, not recursively, 10 a page', async () => {
    const { store, calls } = fakeWindowStore(windows(3));
    const { log } = collectingLogger();
    expect(await readWindows(store, READING, log)).toHaveLength(3);
    expect(calls).toEqual([{ Path: PATH, Recursive: false, MaxResults: 10 }]);
  });

  test('follows NextToken across short and empty pages, as the API may return them', async () => {
    const { store, calls } = fakeWindowStore(windows(7), { pageSizes: [0, 3, 0, 4] });
    const { log, entries } = collectingLogger();
    const read = await readWindows(store, READING, log);
    expect(read.map((window) => window.ticket)).toEqual(['CHG-0', 'CHG-1', 'CHG-2', 'CHG-3', 'CHG-4', 'CHG-5', 'CHG-6']);
    expect(calls.map((call) => call.NextToken)).toEqual([undefined, '0', '3', '3']);
    expect(entries().filter((entry) => entry.level !== 'INFO')).toEqual([]);
  });

  test('reads at most 5 pages (50 windows) and logs that it ignored the rest', async () => {
    const { store, calls } = fakeWindowStore(windows(60));
    const { log, entries } = collectingLogger();
    const read = await readWindows(store, READING, log);
    expect(read).toHaveLength(50);
    expect(calls).toHaveLength(MAX_PAGES);
    expect(entries()).toContainEqual(expect.objectContaining({
      level: 'WARN', message: 'More planned root use windows than 5 pages hold; ignoring the rest', pagesRead: 5, windowsRead: 50,
    }));
  });

  test('stops at 5 pages even when they were short, and says how many it read', async () => {
    const { store, calls } = fakeWindowStore(windows(20), { pageSizes: [1, 0, 1, 0, 1] });
    const { log, entries } = collectingLogger();
    expect(await readWindows(store, READING, log)).toHaveLength(3);
    expect(calls).toHaveLength(5);
    expect(entries()).toContainEqual(expect.objectContaining({ level: 'WARN', windowsRead: 3 }));
  });

  test.each([
    ['throttled', awsError('ThrottlingException', 'Rate exceeded')],
    ['denied', awsError('AccessDeniedException', 'not authorized to perform: ssm:GetParametersByPath')],
  ])('an SSM error (%s) means no windows and an error log, never a throw', async (_, error) => {
    const { store } = fakeWindowStore(windows(3), { error });
    const { log, entries } = collectingLogger();
    await expect(readWindows(store, READING, log)).resolves.toEqual([]);
    expect(entries()).toContainEqual(expect.objectContaining({
      level: 'ERROR', message: 'Could not read the planned root use windows; alerting at the usual severities', errorName: error.name,
    }));
  });

  test('an error on a later page drops the windows already read', async () => {
    const { store } = fakeWindowStore(windows(15));
    let calls = 0;
    const failing = {
      ...store,
      getParametersByPath: async (input: Parameters<typeof store.getParametersByPath>[0]) => {
        if (++calls === 2) throw awsError('ThrottlingException');
        return store.getParametersByPath(input);
      },
    };
    const { log } = collectingLogger();
    expect(await readWindows(failing, READING, log)).toEqual([]);
  });

  test('malformed and too-long windows are left out, each logged with its name and why', async () => {
    const { store } = fakeWindowStore([
      windowParameter('good', windowValue()),
      windowParameter('bad-json', '{'),
      windowParameter('too-long', windowValue({ end: '2024-11-07T00:00:00Z' })),
    ]);
    const { log, entries } = collectingLogger();
    expect((await readWindows(store, READING, log)).map((window) => window.name)).toEqual([`${PATH}good`]);
    const warnings = entries().filter((entry) => entry.level === 'WARN');
    expect(warnings).toEqual([
      expect.objectContaining({ window: `${PATH}bad-json`, problem: 'its value is not JSON' }),
      expect.objectContaining({ window: `${PATH}too-long`, problem: expect.stringMatching(/1440 minutes long, longer than the maximum of 240/) }),
    ]);
  });
});
