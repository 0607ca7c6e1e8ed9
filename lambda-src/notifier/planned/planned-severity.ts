import type { Logger } from '../log';

/** The values of PLANNED_USE_SEVERITY; the construct writes the same strings. */
export enum PlannedUseSeverity {
  /** CRITICAL becomes HIGH, HIGH becomes MEDIUM, MEDIUM stays. */
  ONE_LOWER = 'one-lower',
  /** Every planned event at MEDIUM. */
  MEDIUM = 'medium',
  /** The usual severity, labelled as planned. */
  UNCHANGED = 'unchanged',
}

/** Planned root use as configured: where windows are and how a window changes an alert. */
export interface PlannedUseConfig {
  readonly path: string;
  readonly maxMinutes: number;
  readonly severity: PlannedUseSeverity;
}

const VALUES = new Map<string, PlannedUseSeverity>(Object.values(PlannedUseSeverity).map((value) => [value, value]));

/** PLANNED_USE_SEVERITY; unset is one-lower, quietly, anything else unknown too, with a warning. */
export function readPlannedUseSeverity(value: string | undefined, log: Logger): PlannedUseSeverity {
  const wanted = value?.trim().toLowerCase() ?? '';
  if (wanted === '') {
    return PlannedUseSeverity.ONE_LOWER;
  }
  const known = VALUES.get(wanted);
  if (known === undefined) {
    log.warn("PLANNED_USE_SEVERITY is not 'one-lower', 'medium' or 'unchanged'; using one-lower", { plannedUseSeverity: value });
    return PlannedUseSeverity.ONE_LOWER;
  }
  return known;
}
