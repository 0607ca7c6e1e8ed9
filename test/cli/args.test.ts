import { execFileSync } from 'node:child_process';
import { parseCommand } from '../../cli/declare-root-use/args';
import { shellLine } from '../../cli/declare-root-use/ssm';

const DECLARE = ['--account', '111122223333', '--hours', '2', '--by', 'alice@example.com', '--ticket', 'CHG-1234'];

describe('the command line', () => {
  test('reads a declaration with its defaults', () => {
    expect(parseCommand(DECLARE)).toEqual({
      kind: 'declare',
      region: undefined,
      dryRun: false,
      accounts: ['111122223333'],
      hours: 2,
      start: undefined,
      plannedBy: 'alice@example.com',
      ticket: 'CHG-1234',
      name: undefined,
      maxHours: 4,
      replace: false,
    });
  });

  test('reads every option of a declaration', () => {
    expect(parseCommand([...DECLARE, '--account', '444455556666,777788889999', '--start', '2026-12-06T18:00:00Z', '--name', 'w',
      '--max-hours', '8', '--region', 'eu-west-1', '--replace', '--dry-run'])).toMatchObject({
      kind: 'declare',
      region: 'eu-west-1',
      dryRun: true,
      accounts: ['111122223333', '444455556666', '777788889999'],
      start: '2026-12-06T18:00:00Z',
      name: 'w',
      maxHours: 8,
      replace: true,
    });
  });

  test('reads --end and --list', () => {
    expect(parseCommand(['--end', 'CHG-1234', '--region', 'eu-west-1'])).toEqual({ kind: 'end', name: 'CHG-1234', region: 'eu-west-1', dryRun: false });
    expect(parseCommand(['--list', '--dry-run'])).toEqual({ kind: 'list', region: undefined, dryRun: true, maxHours: 4 });
    expect(parseCommand(['--list', '--max-hours', '24'])).toMatchObject({ maxHours: 24 });
  });

  test('--help wins over everything else', () => {
    expect(parseCommand([...DECLARE, '--help'])).toEqual({ kind: 'help' });
    expect(parseCommand(['-h'])).toEqual({ kind: 'help' });
  });

  test.each([
    [[], 'missing --account, --hours, --by, --ticket (or use --list or --end NAME)'],
    [DECLARE.slice(2), 'missing --account (or use --list or --end NAME)'],
    [['--end', 'a', '--list'], 'give either --end or --list, not both'],
    [['--end', 'a', '--hours', '2'], '--end takes no --hours'],
    [['--end', 'a', '--max-hours', '2'], '--end takes no --max-hours'],
    [['--list', ...DECLARE], '--list takes no --account, --hours, --by, --ticket'],
    [[...DECLARE.slice(0, 2), '--hours', '0x10', ...DECLARE.slice(4)], '--hours must be a number of hours, such as 2 or 1.5 (got "0x10")'],
    [[...DECLARE, '--max-hours', ''], '--max-hours must be a number of hours, such as 2 or 1.5 (got "")'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(message);
  });

  test('refuses unknown options and stray words', () => {
    expect(() => parseCommand([...DECLARE, '--overwrite'])).toThrow(/Unknown option '--overwrite'/);
    expect(() => parseCommand([...DECLARE, 'CHG-1234'])).toThrow(/Unexpected argument 'CHG-1234'/);
  });
});

describe('the AWS CLI line of a dry run', () => {
  test('reaches a POSIX shell word for word', () => {
    const words = ['aws', '--value', '{"plannedBy":"O\'Brien <ob@example.com>","ticket":"$HOME `id` *"}', 'plain/path-1.2'];
    const echoed = execFileSync('bash', ['-c', `printf '%s\\n' ${shellLine(words)}`], { encoding: 'utf8' });
    expect(echoed).toBe(words.map((word) => `${word}\n`).join(''));
  });

  test('leaves plain words unquoted, for reading', () => {
    expect(shellLine(['aws', 'ssm', '--name', '/root-activity-monitor/planned-root-use/CHG-1234'])).toBe('aws ssm --name /root-activity-monitor/planned-root-use/CHG-1234');
  });
});
