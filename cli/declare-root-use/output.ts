/**
 * What declare-root-use prints. Pure, so the tests read the exact text a
 * user sees; times are shown in UTC as stored, to avoid a second zone.
 */
import { readStoredWindow, Window, WindowValue } from './window';

function hoursBetween(startIso: string, endIso: string): string {
  const hours = (Date.parse(endIso) - Date.parse(startIso)) / 3_600_000;
  return `${Number(hours.toFixed(2))} h`;
}

function describe(value: WindowValue): string[] {
  return [
    `  accounts:   ${value.accounts.join(', ')}`,
    `  from:       ${value.start}`,
    `  until:      ${value.end} (${hoursBetween(value.start, value.end)})`,
    `  planned by: ${value.plannedBy}`,
    `  ticket:     ${value.ticket}`,
  ];
}

export function declaredText(window: Window, region: string, version: number | undefined, replaced: boolean): string {
  return [
    `${replaced && version !== undefined && version > 1 ? 'Replaced' : 'Declared'} planned root use window ${window.name} `
      + `(${window.parameterName}, version ${version ?? '?'}) in ${region}:`,
    ...describe(window.value),
    'The monitor alerts on this declaration; root use in these accounts and hours is labelled planned.',
  ].join('\n') + '\n';
}

export function endedText(name: string, parameterName: string, region: string): string {
  return `Ended planned root use window ${name}: deleted ${parameterName} in ${region}. The monitor alerts on the deletion.\n`;
}

/** The dry run of a declaration: the window, then the command that would write it. */
export function dryRunDeclareText(window: Window, region: string, commandLine: string): string {
  return [
    `Dry run: would declare planned root use window ${window.name} in ${region}:`,
    ...describe(window.value),
    '',
    `Parameter ${window.parameterName} (String, Standard tier) with the value:`,
    JSON.stringify(window.value, null, 2),
    '',
    'The same with the AWS CLI (POSIX shell quoting):',
    commandLine,
  ].join('\n') + '\n';
}

export function dryRunText(action: string, commandLine: string): string {
  return `Dry run: would ${action}. The same with the AWS CLI (POSIX shell quoting):\n${commandLine}\n`;
}

export interface ListedParameter {
  readonly name: string;
  readonly value: string;
  readonly lastModified?: Date;
}

/**
 * One block per window, with its state at `now` as the notifier would see
 * it: open, upcoming, ended, or ignored with the reason.
 */
export function listText(parameters: readonly ListedParameter[], path: string, region: string, maxHours: number, now: Date): string {
  if (parameters.length === 0) {
    return `No planned root use windows under ${path} in ${region}.\n`;
  }
  const blocks = [...parameters].sort((a, b) => a.name.localeCompare(b.name)).map((parameter) => {
    const name = parameter.name.startsWith(path) ? parameter.name.slice(path.length) : parameter.name;
    const modified = parameter.lastModified ? `, declared ${parameter.lastModified.toISOString().replace(/\.\d{3}Z$/, 'Z')}` : '';
    const stored = readStoredWindow(parameter.value, maxHours);
    if (!stored.ok) {
      return `${name} (ignored by the monitor: ${stored.reason}${modified})`;
    }
    const state = now.getTime() < stored.startMs ? 'upcoming' : now.getTime() <= stored.endMs ? 'open' : 'ended';
    return [`${name} (${state}${modified})`, ...describe(stored.value)].join('\n');
  });
  return `Planned root use windows under ${path} in ${region}:\n\n${blocks.join('\n\n')}\n`;
}
