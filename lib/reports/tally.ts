import type { Instant } from '../domain/vocabulary';
import { median, nearestRank } from './percentile';
import type { CatalogueTarget } from './target-catalogue';
import type { StepOutcome, TargetOutcome, TicketOutcome } from './ticket-outcome';

/** How many tickets stand each way on one step; steps with nothing promised are not counted. */
export interface StepTally {
  readonly met: number;
  readonly late: number;
  readonly openPastDeadline: number;
  readonly pending: number;
}

/** Business time to a step over the tickets that did it, in milliseconds, net of clarification pauses. */
export interface TimeSummary {
  readonly count: number;
  readonly median: number | null;
  readonly p90: number | null;
}

/** How the tickets of a line stand on one named target; `notApplicable`: tickets that do not carry it. */
export interface TargetTally extends StepTally {
  readonly name: string;
  /** Promised to the customer on some ticket of the line (or by the desk). */
  readonly promised: boolean;
  readonly notApplicable: number;
  /** Business time from the target's start to the event that met it, over the tickets that met it (late or not). */
  readonly time: TimeSummary;
}

/** One line of the report: a period, overall or for one priority. */
export interface ReportRow {
  /** Tickets with an SLA received in the period. */
  readonly tickets: number;
  readonly takeCharge: StepTally;
  readonly resolution: StepTally;
  /** Tickets whose every promised step was met. */
  readonly compliant: number;
  /** Tickets with a step late or still open past its deadline. */
  readonly missed: number;
  /** Tickets with neither yet: some deadline still ahead. */
  readonly pending: number;
  /** compliant / (compliant + missed); null until some ticket is decided. */
  readonly ratio: number | null;
  readonly target: number;
  /** ratio >= target; null when there is no ratio. */
  readonly targetMet: boolean | null;
  readonly takeChargeTime: TimeSummary;
  /** Over the tickets resolved (or closed) in the round in force. */
  readonly resolutionTime: TimeSummary;
  /** Each named target of the desk (policy C's TPC and TI, policy E's levels), in the catalogue's order. */
  readonly targets: readonly TargetTally[];
}

function stepTally(steps: readonly StepOutcome[]): StepTally {
  const count = (outcome: StepOutcome) => steps.filter((s) => s === outcome).length;
  return {
    met: count('met'),
    late: count('late'),
    openPastDeadline: count('open-past-deadline'),
    pending: count('pending'),
  };
}

function timeSummary(times: readonly (Instant | null)[]): TimeSummary {
  const ascending = times.filter((t): t is number => t !== null).sort((a, b) => a - b);
  return { count: ascending.length, median: median(ascending), p90: nearestRank(ascending, 0.9) };
}

function targetTallies(
  outcomes: readonly TicketOutcome[],
  catalogue: readonly CatalogueTarget[],
): TargetTally[] {
  const names = [
    ...new Set([...catalogue.map((c) => c.name), ...outcomes.flatMap((o) => o.targets.map((t) => t.name))]),
  ];
  return names.map((name) => {
    const judged = outcomes.flatMap((o) => o.targets.filter((t) => t.name === name));
    const count = (outcome: TargetOutcome) => judged.filter((t) => t.outcome === outcome).length;
    return {
      name,
      promised: judged.some((t) => t.promised) || catalogue.some((c) => c.name === name && c.promised),
      met: count('met'),
      late: count('late'),
      openPastDeadline: count('open-past-deadline'),
      pending: count('pending'),
      notApplicable: count('not-applicable'),
      time: timeSummary(judged.map((t) => t.time)),
    };
  });
}

/**
 * Counts judged tickets into one report line, against the compliance target; every target of the
 * `catalogue` has its count, so each line of a report lists the same targets.
 */
export function tally(
  outcomes: readonly TicketOutcome[],
  target: number,
  catalogue: readonly CatalogueTarget[] = [],
): ReportRow {
  const count = (c: TicketOutcome['compliance']) => outcomes.filter((o) => o.compliance === c).length;
  const compliant = count('met');
  const missed = count('missed');
  const ratio = compliant + missed === 0 ? null : compliant / (compliant + missed);
  return {
    tickets: outcomes.length,
    takeCharge: stepTally(outcomes.map((o) => o.takeCharge)),
    resolution: stepTally(outcomes.map((o) => o.resolution)),
    compliant,
    missed,
    pending: count('pending'),
    ratio,
    target,
    targetMet: ratio === null ? null : ratio >= target,
    takeChargeTime: timeSummary(outcomes.map((o) => o.takeChargeTime)),
    resolutionTime: timeSummary(outcomes.map((o) => o.resolutionTime)),
    targets: targetTallies(outcomes, catalogue),
  };
}
