import { spawnSync } from 'child_process';
import * as path from 'path';
import { renderPreview } from '../../../lambda-src/notifier/messages/preview';
import { fixture, FIXTURE_DIR } from '../../helpers';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('the offline preview', () => {
  test('shows the subject, the attributes and the message a subscriber would get', () => {
    const text = renderPreview(fixture('root-api-stop-logging.json'), 'Asia/Tokyo', 'acme-production');

    expect(text.split('\n')[0]).toBe('Subject: CRITICAL: Root API call StopLogging succeeded | acme-production (111122223333)');
    expect(text).toContain('  severity = CRITICAL');
    expect(text).toContain('  account = acme-production');
    expect(text).toMatch(/When: +2024-11-05 13:15:31 .* Asia\/Tokyo \(2024-11-05 04:15:31 UTC\)/);
    expect(text).toContain('Full event:');
  });

  test('runs from the command line on an event file', () => {
    const result = spawnSync('npx', ['ts-node', '--project', 'tsconfig.dev.json', 'lambda-src/notifier/messages/preview.ts',
      path.join(FIXTURE_DIR, 'root-console-login-failure.json')], { cwd: ROOT, encoding: 'utf8' });

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Subject: HIGH: Root sign-in ConsoleLogin FAILED/);
  });

  test('refuses an unknown time zone with a clear message', () => {
    const result = spawnSync('npx', ['ts-node', '--project', 'tsconfig.dev.json', 'lambda-src/notifier/messages/preview.ts',
      path.join(FIXTURE_DIR, 'root-console-login-failure.json'), '--time-zone', 'Nowhere/Land'], { cwd: ROOT, encoding: 'utf8' });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--time-zone must be an IANA time zone name such as 'Europe/Berlin' (got 'Nowhere/Land')");
  });
});
