/**
 * The command line of declare-root-use, parsed into one of its three
 * commands. Node's own parseArgs (no dependency in the bundle) does the
 * tokenizing; this file decides which options go together.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_HOURS } from './window';

export const USAGE = `Declare, list and end planned root use windows for cdk-root-activity-monitor.

A window tells the monitor that root use in the listed accounts, between
its start and end, was planned: alerts for it carry the ticket and who
planned it and (depending on the monitor's setting) a lower severity. It
is a String parameter under /root-activity-monitor/planned-root-use/ in
the account and region where the monitor's notifier runs. The monitor
alerts on every declaration, change and deletion of a window.

Usage:
  declare-root-use --account ID [--account ID ...] --hours H --by WHO --ticket T
                   [--start TIME] [--name NAME] [--max-hours H] [--replace]
                   [--region R] [--dry-run]
  declare-root-use --end NAME [--region R] [--dry-run]
  declare-root-use --list [--max-hours H] [--region R] [--dry-run]
  declare-root-use --help

Options:
  --account ID     A 12-digit account whose root user the window covers;
                   repeat it or separate ids with commas (1 to 50 accounts).
  --hours H        How long the window lasts, in hours (decimals allowed).
  --start TIME     When it opens: ISO 8601 with Z or an offset, such as
                   2026-12-06T18:00:00Z. Default: now.
  --by WHO         Who planned the root use (1 to 128 characters).
  --ticket T       The change ticket (1 to 64 characters).
  --name NAME      The window's name: 1 to 128 letters, digits, '_', '.' or
                   '-'. Default: the ticket.
  --max-hours H    The longest window the monitor accepts; longer ones are
                   refused here, as the notifier would ignore them. Default:
                   ${DEFAULT_MAX_HOURS} (the monitor's default).
  --replace        Overwrite a window of the same name (otherwise refused).
  --end NAME       Delete the window NAME.
  --list           Print every window and whether it is open.
  --region R       The notifier's region. Default: AWS_REGION, then
                   AWS_DEFAULT_REGION.
  --dry-run        Print the equivalent AWS CLI command and the window
                   instead of calling AWS.
  --help           Print this text.

Credentials come from the AWS SDK's usual sources (environment, profile,
SSO). Declaring needs ssm:PutParameter, ending ssm:DeleteParameter, listing
ssm:GetParametersByPath on the path above.
`;

/** A command line that cannot run; main prints the message and the usage hint. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

interface Common {
  /** From --region only; main falls back to the environment. */
  readonly region?: string;
  readonly dryRun: boolean;
}

export interface DeclareCommand extends Common {
  readonly kind: 'declare';
  readonly accounts: string[];
  readonly hours: number;
  readonly start?: string;
  readonly plannedBy: string;
  readonly ticket: string;
  readonly name?: string;
  readonly maxHours: number;
  readonly replace: boolean;
}

export interface EndCommand extends Common {
  readonly kind: 'end';
  readonly name: string;
}

export interface ListCommand extends Common {
  readonly kind: 'list';
  /** Windows longer than this are shown as ignored. */
  readonly maxHours: number;
}

export interface HelpCommand {
  readonly kind: 'help';
}

export type Command = DeclareCommand | EndCommand | ListCommand | HelpCommand;

const OPTIONS = {
  'account': { type: 'string', multiple: true },
  'hours': { type: 'string' },
  'start': { type: 'string' },
  'by': { type: 'string' },
  'ticket': { type: 'string' },
  'name': { type: 'string' },
  'max-hours': { type: 'string' },
  'replace': { type: 'boolean' },
  'end': { type: 'string' },
  'list': { type: 'boolean' },
  'region': { type: 'string' },
  'dry-run': { type: 'boolean' },
  'help': { type: 'boolean', short: 'h' },
} as const;

/** The options that only a declaration takes (--list takes --max-hours too, to judge windows by it). */
const DECLARE_ONLY = ['account', 'hours', 'start', 'by', 'ticket', 'name', 'replace'] as const;

/** Parses argv (without node and the script); throws UsageError. */
export function parseCommand(argv: readonly string[]): Command {
  let values: Partial<Record<keyof typeof OPTIONS, string | string[] | boolean>>;
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    return { kind: 'help' };
  }
  const common: Common = { region: values.region as string | undefined, dryRun: values['dry-run'] === true };

  const modes = [values.end !== undefined && '--end', values.list && '--list'].filter(Boolean);
  if (modes.length > 1) {
    throw new UsageError('give either --end or --list, not both');
  }
  if (modes.length === 1) {
    const extra = [...DECLARE_ONLY, ...values.end !== undefined ? ['max-hours' as const] : []]
      .filter((option) => values[option] !== undefined);
    if (extra.length > 0) {
      throw new UsageError(`${modes[0]} takes no ${extra.map((option) => `--${option}`).join(', ')}`);
    }
    return values.list
      ? { kind: 'list', ...common, maxHours: maxHoursOf(values['max-hours'] as string | undefined) }
      : { kind: 'end', name: values.end as string, ...common };
  }

  const missing = (['account', 'hours', 'by', 'ticket'] as const).filter((option) => values[option] === undefined);
  if (missing.length > 0) {
    throw new UsageError(`missing ${missing.map((option) => `--${option}`).join(', ')} (or use --list or --end NAME)`);
  }
  return {
    kind: 'declare',
    ...common,
    // `--account a,b` and `--account a --account b` mean the same.
    accounts: (values.account as string[]).flatMap((list) => list.split(',')).map((account) => account.trim()),
    hours: numberOption('--hours', values.hours as string),
    start: values.start as string | undefined,
    plannedBy: values.by as string,
    ticket: values.ticket as string,
    name: values.name as string | undefined,
    maxHours: maxHoursOf(values['max-hours'] as string | undefined),
    replace: values.replace === true,
  };
}

function maxHoursOf(text: string | undefined): number {
  return text === undefined ? DEFAULT_MAX_HOURS : numberOption('--max-hours', text);
}

/** A plain decimal: Number('') is 0 and Number('0x10') is 16, neither of which anyone means. */
function numberOption(option: string, text: string): number {
  if (!/^\d+(\.\d+)?$/.test(text.trim())) {
    throw new UsageError(`${option} must be a number of hours, such as 2 or 1.5 (got ${JSON.stringify(text)})`);
  }
  return Number(text);
}
