import { readConfig } from '../../../lambda-src/notifier/config';
import { PlannedUseSeverity } from '../../../lambda-src/notifier/planned/planned-severity';
import { collectingLogger } from '../support';
import { PATH } from './fake-window-store';

const TOPIC_ARN = 'arn:aws:sns:us-east-1:111122223333:root-activity';

function read(env: Record<string, string>) {
  const { log, entries } = collectingLogger();
  const config = readConfig({ TOPIC_ARN, ...env }, log);
  return { plannedUse: config.plannedUse, warnings: entries().filter((entry) => entry.level === 'WARN').map((entry) => entry.message) };
}

describe('planned root use configuration', () => {
  test('off without PLANNED_USE_PATH, quietly', () => {
    expect(read({})).toEqual({ plannedUse: undefined, warnings: [] });
  });

  test('on with the contract path, defaulting to 240 minutes and one-lower', () => {
    expect(read({ PLANNED_USE_PATH: PATH })).toEqual({
      plannedUse: { path: PATH, maxMinutes: 240, severity: PlannedUseSeverity.ONE_LOWER }, warnings: [],
    });
  });

  test('reads the maximum and the severity', () => {
    expect(read({ PLANNED_USE_PATH: PATH, PLANNED_USE_MAX_MINUTES: '10080', PLANNED_USE_SEVERITY: 'Medium' }).plannedUse)
      .toEqual({ path: PATH, maxMinutes: 10080, severity: PlannedUseSeverity.MEDIUM });
    expect(read({ PLANNED_USE_PATH: PATH, PLANNED_USE_MAX_MINUTES: '15', PLANNED_USE_SEVERITY: 'unchanged' }).plannedUse)
      .toEqual({ path: PATH, maxMinutes: 15, severity: PlannedUseSeverity.UNCHANGED });
  });

  test.each(['14', '10081', '60.5', 'an hour', '-30'])('a bad maximum (%s) is 240, with a warning', (value) => {
    const { plannedUse, warnings } = read({ PLANNED_USE_PATH: PATH, PLANNED_USE_MAX_MINUTES: value });
    expect(plannedUse?.maxMinutes).toBe(240);
    expect(warnings).toEqual(['PLANNED_USE_MAX_MINUTES is not a whole number from 15 to 10080; using 240']);
  });

  test('a bad severity is one-lower, with a warning', () => {
    const { plannedUse, warnings } = read({ PLANNED_USE_PATH: PATH, PLANNED_USE_SEVERITY: 'none' });
    expect(plannedUse?.severity).toBe(PlannedUseSeverity.ONE_LOWER);
    expect(warnings).toEqual(["PLANNED_USE_SEVERITY is not 'one-lower', 'medium' or 'unchanged'; using one-lower"]);
  });

  test.each(['/root-activity-monitor/planned-root-use', '/other/path/', '/root-activity-monitor/'])('another path (%s) turns planned use off, with a warning', (path) => {
    expect(read({ PLANNED_USE_PATH: path })).toEqual({
      plannedUse: undefined, warnings: [`PLANNED_USE_PATH must be ${PATH}; planned root use is off`],
    });
  });

  test('settings without the path warn that they have no effect', () => {
    expect(read({ PLANNED_USE_SEVERITY: 'medium' })).toEqual({
      plannedUse: undefined, warnings: ['PLANNED_USE_SEVERITY set without PLANNED_USE_PATH; planned root use is off'],
    });
  });
});
