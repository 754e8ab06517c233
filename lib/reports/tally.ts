import type { Instant } from '../domain/vocabulary';
import { median, nearestRank } from './percentile';
import type { StepOutcome, TicketOutcome } from './ticket-outcome';

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

/** Counts judged tickets into one report line, against the compliance target. */
export function tally(outcomes: readonly TicketOutcome[], target: number): ReportRow {
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
  };
}
