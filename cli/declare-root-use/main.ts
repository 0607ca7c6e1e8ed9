/**
 * declare-root-use: the command users run (npx, or the script that the
 * Python package installs). Bundled with the AWS SDK into
 * assets/cli/declare-root-use.js (build-tools/bundle-cli.ts), so it needs
 * nothing installed beside Node.js.
 *
 * Exit codes: 0 done, 1 AWS refused or failed, 2 the command line or window
 * is wrong (nothing was sent).
 */
import { SSMClient } from '@aws-sdk/client-ssm';
import { Command, parseCommand, USAGE, UsageError } from './args';
import { declaredText, dryRunDeclareText, dryRunText, endedText, listText } from './output';
import { deleteCommandLine, deleteWindow, listCommandLine, listWindows, putCommandLine, putWindow, shellLine, SsmError } from './ssm';
import { buildWindow, checkMaxHours, parameterNameOf, WINDOW_PATH, WindowError } from './window';

interface Io {
  readonly env: NodeJS.ProcessEnv;
  readonly out: (text: string) => void;
  readonly now: () => Date;
}

/**
 * The region the window goes to. The SDK alone would read AWS_REGION and the
 * profile but not AWS_DEFAULT_REGION, which the AWS CLI users of the dry run
 * rely on; a window in the wrong region is silently never seen, so there is
 * no guess.
 */
function regionOf(command: Exclude<Command, { kind: 'help' }>, env: NodeJS.ProcessEnv): string {
  const region = command.region ?? (env.AWS_REGION || undefined) ?? (env.AWS_DEFAULT_REGION || undefined);
  if (region === undefined) {
    throw new UsageError('no region: pass --region with the region of the monitor\'s notifier, or set AWS_REGION');
  }
  return region;
}

export async function run(argv: readonly string[], io: Io): Promise<void> {
  const command = parseCommand(argv);
  if (command.kind === 'help') {
    io.out(USAGE);
    return;
  }
  // Everything the user typed is checked before any call to AWS.
  const region = regionOf(command, io.env);
  const ssm = () => new SSMClient({ region });

  switch (command.kind) {
    case 'declare': {
      const window = buildWindow(command, io.now());
      if (command.dryRun) {
        io.out(dryRunDeclareText(window, region, shellLine(putCommandLine(window, region, command.replace))));
        return;
      }
      const client = ssm();
      try {
        const version = await putWindow(client, window, command.replace);
        io.out(declaredText(window, region, version, command.replace));
      } finally {
        client.destroy();
      }
      return;
    }
    case 'end': {
      const parameterName = parameterNameOf(command.name);
      if (command.dryRun) {
        io.out(dryRunText(`end window ${command.name}`, shellLine(deleteCommandLine(parameterName, region))));
        return;
      }
      const client = ssm();
      try {
        await deleteWindow(client, command.name, parameterName);
        io.out(endedText(command.name, parameterName, region));
      } finally {
        client.destroy();
      }
      return;
    }
    case 'list': {
      checkMaxHours(command.maxHours);
      if (command.dryRun) {
        io.out(dryRunText('list the windows', shellLine(listCommandLine(region))));
        return;
      }
      const client = ssm();
      try {
        const parameters = await listWindows(client);
        io.out(listText(parameters.map((parameter) => ({
          name: parameter.Name ?? '',
          value: parameter.Value ?? '',
          lastModified: parameter.LastModifiedDate,
        })), WINDOW_PATH, region, command.maxHours, io.now()));
      } finally {
        client.destroy();
      }
      return;
    }
  }
}

/** Message and exit code for a failure: ours are one line, the SDK's carry its error name. */
export function failure(error: unknown): { readonly message: string; readonly code: number } {
  if (error instanceof UsageError) {
    return { message: `declare-root-use: ${error.message}\nRun declare-root-use --help for usage.`, code: 2 };
  }
  if (error instanceof WindowError) {
    return { message: `declare-root-use: ${error.message}`, code: 2 };
  }
  if (error instanceof SsmError) {
    return { message: `declare-root-use: ${error.message}`, code: 1 };
  }
  const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
  return { message: `declare-root-use: AWS call failed: ${name}: ${message}`, code: 1 };
}

if (require.main === module) {
  run(process.argv.slice(2), { env: process.env, out: (text) => process.stdout.write(text), now: () => new Date() })
    .catch((error: unknown) => {
      const { message, code } = failure(error);
      process.stderr.write(`${message}\n`);
      process.exitCode = code;
    });
}
