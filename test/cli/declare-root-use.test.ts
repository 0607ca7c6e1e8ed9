import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GetParameterCommand, GetParametersByPathCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { MotoServer, startMotoServer } from '../coverage/moto-server';

/*
 * The bundled command exactly as npm links it (assets/cli/declare-root-use.js,
 * run through its #! line), against moto's server on 127.0.0.1 standing in
 * for Parameter Store; the same moto_server that the coverage tests start
 * answers SSM too. AWS_ENDPOINT_URL_SSM points the bundled SDK at it.
 *
 * What the test relies on from SSM's documentation, which moto follows:
 * PutParameter without Overwrite refuses an existing name
 * (ParameterAlreadyExists), DeleteParameter of a missing one fails
 * (ParameterNotFound), GetParametersByPath returns one level below the path.
 * https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html
 * Two documented limits moto does NOT enforce (it stored a 4,097-byte standard
 * value), so the command checks them itself and test/cli/window.test.ts covers
 * them: a standard parameter's value is at most 4 KB
 * (https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html),
 * and names use letters, digits and `_.-/` only
 * (https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-su-create.html).
 * Run `npx projen bundle:cli` after changing cli/ (`projen test` does).
 */

const BUNDLE = path.join(__dirname, '..', '..', 'assets', 'cli', 'declare-root-use.js');
const PATH = '/root-activity-monitor/planned-root-use/';
const REGION = 'eu-west-1';
const DECLARE = ['--account', '111122223333', '--account', '444455556666', '--hours', '2', '--start', '2030-06-01T08:00:00+02:00',
  '--by', 'alice@example.com', '--ticket', 'CHG-1234', '--region', REGION];
const STORED = '{"accounts":["111122223333","444455556666"],"start":"2030-06-01T06:00:00Z","end":"2030-06-01T08:00:00Z",'
  + '"plannedBy":"alice@example.com","ticket":"CHG-1234"}';

let moto: MotoServer;
let ssm: SSMClient;

interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bundle with only the environment set here: no profile, region or endpoint of the machine leaks in. */
function run(args: readonly string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(BUNDLE, [...args], {
      env: {
        PATH: process.env.PATH!,
        HOME: process.env.HOME!,
        AWS_ENDPOINT_URL_SSM: moto.endpoint,
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
        AWS_CONFIG_FILE: '/nonexistent',
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ...env,
      },
    }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function storedNames(): Promise<string[]> {
  const page = await ssm.send(new GetParametersByPathCommand({ Path: PATH, Recursive: true }));
  return (page.Parameters ?? []).map((parameter) => parameter.Name!).sort();
}

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} is missing: run \`npx projen bundle:cli\` first`);
  }
  moto = await startMotoServer();
  ssm = new SSMClient({ endpoint: moto.endpoint, region: REGION, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
});

afterAll(async () => {
  ssm?.destroy();
  await moto?.stop();
});

beforeEach(async () => {
  await moto.reset();
});

describe('declare-root-use, bundled, against moto', () => {
  test('is an executable file that names node as its interpreter', () => {
    expect(fs.readFileSync(BUNDLE, 'utf8').split('\n', 1)[0]).toBe('#!/usr/bin/env node');
    expect(fs.statSync(BUNDLE).mode.toString(8).slice(-3)).toBe('755');
  });

  test('declares, lists and ends a window', async () => {
    const declared = await run(DECLARE);
    expect(declared).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Declared planned root use window CHG-1234 (/root-activity-monitor/planned-root-use/CHG-1234, version 1) in eu-west-1:',
        '  accounts:   111122223333, 444455556666',
        '  from:       2030-06-01T06:00:00Z',
        '  until:      2030-06-01T08:00:00Z (2 h)',
        '  planned by: alice@example.com',
        '  ticket:     CHG-1234',
        'The monitor alerts on this declaration; root use in these accounts and hours is labelled planned.',
        '',
      ].join('\n'),
    });
    const { Parameter } = await ssm.send(new GetParameterCommand({ Name: `${PATH}CHG-1234` }));
    expect(Parameter).toMatchObject({ Type: 'String', Value: STORED, Version: 1 });

    // One open now, and one the notifier would ignore, beside the upcoming one.
    expect((await run(['--account', '111122223333', '--hours', '1', '--by', 'bob', '--ticket', 'OPS-7', '--region', REGION])).code).toBe(0);
    await ssm.send(new PutParameterCommand({ Name: `${PATH}broken`, Value: 'not json', Type: 'String' }));
    const listed = await run(['--list', '--region', REGION]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^Planned root use windows under \/root-activity-monitor\/planned-root-use\/ in eu-west-1:\n\n/);
    expect(listed.stdout).toContain('CHG-1234 (upcoming, declared ');
    expect(listed.stdout).toMatch(/\nOPS-7 \(open, declared \S+Z\)\n {2}accounts: {3}111122223333\n/);
    expect(listed.stdout).toMatch(/\nbroken \(ignored by the monitor: not JSON, declared \S+Z\)\n/);

    const ended = await run(['--end', 'CHG-1234', '--region', REGION]);
    expect(ended).toEqual({
      code: 0,
      stderr: '',
      stdout: 'Ended planned root use window CHG-1234: deleted /root-activity-monitor/planned-root-use/CHG-1234 in eu-west-1. The monitor alerts on the deletion.\n',
    });
    expect(await storedNames()).toEqual([`${PATH}OPS-7`, `${PATH}broken`]);

    const again = await run(['--end', 'CHG-1234', '--region', REGION]);
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr).toBe('declare-root-use: there is no window CHG-1234 (/root-activity-monitor/planned-root-use/CHG-1234): --list shows the windows there are\n');
  });

  test('overwrites a window only with --replace', async () => {
    expect((await run(DECLARE)).code).toBe(0);
    const refused = await run([...DECLARE, '--hours', '1']);
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr: 'declare-root-use: window CHG-1234 exists already (/root-activity-monitor/planned-root-use/CHG-1234): pass --replace to overwrite it, or --name to declare another\n',
    });
    expect((await ssm.send(new GetParameterCommand({ Name: `${PATH}CHG-1234` }))).Parameter?.Value).toBe(STORED);

    const replaced = await run([...DECLARE, '--hours', '1', '--replace']);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toMatch(/^Replaced planned root use window CHG-1234 \(\S+, version 2\) in eu-west-1:/);
    expect((await ssm.send(new GetParameterCommand({ Name: `${PATH}CHG-1234` }))).Parameter?.Value).toBe(STORED.replace('08:00:00Z', '07:00:00Z'));
  });

  test('refuses a window longer than --max-hours and writes nothing', async () => {
    const refused = await run([...DECLARE, '--hours', '5']);
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: 'declare-root-use: the window would last 5 h, longer than --max-hours 4; the notifier ignores longer windows. '
        + 'Declare a shorter one, or pass --max-hours with the maximum the monitor was deployed with\n',
    });
    expect(await storedNames()).toEqual([]);
    expect((await run([...DECLARE, '--hours', '5', '--max-hours', '6'])).code).toBe(0);
  });

  test('refuses a window name outside the allowed pattern and writes nothing', async () => {
    const refused = await run([...DECLARE, '--name', 'team/CHG-1234']);
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: 'declare-root-use: --name "team/CHG-1234" is not a valid window name: use 1 to 128 letters, digits, \'_\', \'.\' or \'-\'\n',
    });
    expect((await run(['--end', '../other', '--region', REGION])).code).toBe(2);
    expect(await storedNames()).toEqual([]);
  });

  test('prints the AWS CLI command and the value on --dry-run, and sends nothing', async () => {
    const dryRun = await run([...DECLARE, '--dry-run']);
    expect(dryRun).toEqual({
      code: 0,
      stderr: '',
      stdout: `Dry run: would declare planned root use window CHG-1234 in eu-west-1:
  accounts:   111122223333, 444455556666
  from:       2030-06-01T06:00:00Z
  until:      2030-06-01T08:00:00Z (2 h)
  planned by: alice@example.com
  ticket:     CHG-1234

Parameter /root-activity-monitor/planned-root-use/CHG-1234 (String, Standard tier) with the value:
{
  "accounts": [
    "111122223333",
    "444455556666"
  ],
  "start": "2030-06-01T06:00:00Z",
  "end": "2030-06-01T08:00:00Z",
  "plannedBy": "alice@example.com",
  "ticket": "CHG-1234"
}

The same with the AWS CLI (POSIX shell quoting):
aws ssm put-parameter --region eu-west-1 --name /root-activity-monitor/planned-root-use/CHG-1234 --type String --tier Standard --value '${STORED}'
`,
    });
    expect((await run([...DECLARE, '--dry-run', '--replace'])).stdout).toMatch(/ --value '\{[^']+\}' --overwrite\n$/);
    expect((await run(['--end', 'CHG-1234', '--dry-run', '--region', REGION])).stdout)
      .toBe('Dry run: would end window CHG-1234. The same with the AWS CLI (POSIX shell quoting):\n'
        + 'aws ssm delete-parameter --region eu-west-1 --name /root-activity-monitor/planned-root-use/CHG-1234\n');
    expect(await storedNames()).toEqual([]);
  });

  test('takes the region from AWS_REGION, then AWS_DEFAULT_REGION, and refuses to guess', async () => {
    const withoutRegion = DECLARE.slice(0, -2);
    expect((await run([...withoutRegion, '--dry-run'], { AWS_REGION: 'us-west-2' })).stdout).toContain('--region us-west-2 ');
    expect((await run([...withoutRegion, '--dry-run'], { AWS_DEFAULT_REGION: 'ap-south-1' })).stdout).toContain('--region ap-south-1 ');
    expect(await run(withoutRegion)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'declare-root-use: no region: pass --region with the region of the monitor\'s notifier, or set AWS_REGION\n'
        + 'Run declare-root-use --help for usage.\n',
    });
  });

  test('prints its usage on --help', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('  declare-root-use --end NAME [--region R] [--dry-run]\n');
  });

  test('reports what went wrong when a call fails', async () => {
    // Nothing listens on the discard port: the SDK's own error, with its name.
    const failed = await run(['--list', '--region', REGION], { AWS_ENDPOINT_URL_SSM: 'http://127.0.0.1:9' });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^declare-root-use: AWS call failed: \w+: /);
  });
});
