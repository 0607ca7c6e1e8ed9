/**
 * How a planned root use window changes an alert: its severity, as
 * PLANNED_USE_SEVERITY says, and a label saying whose plan it was. A window
 * is a claim anyone allowed to write the parameter can make, so it only
 * ever lowers what it can vouch for: root use by the accounts it names,
 * inside its span. It never lowers what would be news even during planned
 * work: a root sign-in without MFA, or an event not shaped as expected
 * (whose account and time cannot be trusted).
 */
import { PlannedUseSeverity } from './planned-severity';
import type { PlannedWindow } from './window';
import { AssumedRootTasks, classifyAsConfigured } from '../events/assumed-root-tasks';
import { monitorChange } from '../events/monitor-change';
import { EventKind, Outcome, RootEvent } from '../events/root-event';
import { Classification, Severity } from '../events/severity';
import { windowChange } from '../events/window-change';

/** The window that applies to one event, and what a window does to its alert. */
export interface PlannedUse {
  readonly window?: PlannedWindow;
  readonly severity: PlannedUseSeverity;
}

/** Why no window may lower the event, or undefined when one may. */
export function neverLowered(event: RootEvent): string | undefined {
  if (event.oddities.length > 0) {
    return 'the event was not shaped as expected';
  }
  if (event.identityType !== 'Root' || monitorChange(event) !== undefined) {
    return 'the event is not root use';
  }
  if (windowChange(event) !== undefined) {
    return 'the event changes planned root use windows';
  }
  if (event.kind === EventKind.SIGN_IN && event.eventName === 'ConsoleLogin' && event.outcome !== Outcome.FAILURE && event.mfaUsed === false) {
    return 'a root sign-in without MFA is never planned';
  }
  return undefined;
}

const ONE_LOWER: Record<Severity, Severity> = {
  [Severity.CRITICAL]: Severity.HIGH,
  [Severity.HIGH]: Severity.MEDIUM,
  [Severity.MEDIUM]: Severity.MEDIUM,
};

/** `classification` as it reads in the window, labelled; unchanged when no window applies or none may. */
export function inWindow(classification: Classification, event: RootEvent, planned?: PlannedUse): Classification {
  const window = planned?.window;
  if (window === undefined || neverLowered(event) !== undefined) {
    return classification;
  }
  const severity = planned!.severity === PlannedUseSeverity.UNCHANGED ? classification.severity
    : planned!.severity === PlannedUseSeverity.MEDIUM ? Severity.MEDIUM : ONE_LOWER[classification.severity];
  return {
    severity,
    reason: `${classification.reason}; planned: ${window.ticket}, by ${window.plannedBy}`,
    planned: {
      window: window.name,
      ticket: window.ticket,
      plannedBy: window.plannedBy,
      start: window.start,
      end: window.end,
      usualSeverity: classification.severity,
    },
  };
}

/** What an alert reports: the severity after ASSUMED_ROOT_TASKS, then after the event's window. */
export function classifyAsReported(event: RootEvent,
  context: { readonly assumedRootTasks?: AssumedRootTasks; readonly planned?: PlannedUse }): Classification {
  return inWindow(classifyAsConfigured(event, context.assumedRootTasks), event, context.planned);
}

/** The `Planned:` line's text: 'CHG-1234, by alice@example.com (window /…/x, 18:00Z to 20:00Z); HIGH outside it'. */
export function plannedText(label: NonNullable<Classification['planned']>, severity: Severity): string {
  const usual = label.usualSeverity === severity ? '' : `; ${label.usualSeverity} outside it`;
  return `${label.ticket}, by ${label.plannedBy} (window ${label.window}, ${label.start} to ${label.end}${usual})`;
}
