import { formatInZone } from '../calendar';
import { PRIORITIES, type Priority, type TicketStatus } from '../domain/vocabulary';
import { type BillableJson, billableJson, type PenaltyJson, penaltyJson } from './customer-json';
import type { GroupDimension } from './dimensions';
import type { GroupSection } from './groups';
import type { PeriodKind } from './options';
import type { SlaReport } from './report';
import type { ReportRow, StepTally, TargetTally, TimeSummary } from './tally';
import type { Exclusion } from './ticket-outcome';

/** A report line as `support-desk report --json` prints it: business times in minutes. */
export interface RowJson {
  readonly tickets: number;
  readonly takeCharge: StepTally;
  readonly resolution: StepTally;
  readonly compliant: number;
  readonly missed: number;
  readonly pending: number;
  readonly complianceRatio: number | null;
  readonly target: number;
  readonly targetMet: boolean | null;
  readonly takeChargeBusinessMinutes: MinutesJson;
  readonly resolutionBusinessMinutes: MinutesJson;
  /** Each named target of the desk, in the desk file's order (added beside the contract's two). */
  readonly targets: readonly TargetJson[];
}

/** How a line's tickets stand on one named target; `notApplicable`: tickets that do not carry it. */
export interface TargetJson extends StepTally {
  readonly name: string;
  readonly promised: boolean;
  readonly notApplicable: number;
  /** Start of the target to the event that met it, over the tickets that met it. */
  readonly businessMinutes: MinutesJson;
}

/** A time summary in business minutes, net of clarification pauses. */
export interface MinutesJson {
  readonly count: number;
  readonly median: number | null;
  readonly p90: number | null;
}

/** One group's line: the group's key (null: tickets without a team, or without a category) and name (a customer's). */
export interface GroupRowJson extends RowJson {
  readonly key: string | null;
  readonly name: string | null;
}

/** The report as JSON: instants as ISO 8601 with the offset of the desk calendar's zone. */
export interface ReportJson {
  readonly at: string;
  readonly from: string;
  readonly to: string;
  readonly period: PeriodKind;
  readonly timeZone: string;
  readonly target: number;
  /** The groupings asked for (`--by`), in order: the keys of each period's `groups`. */
  readonly by: readonly GroupDimension[];
  readonly periods: readonly {
    readonly period: string;
    readonly start: string;
    readonly end: string;
    readonly overall: RowJson;
    readonly byPriority: Readonly<Record<Priority, RowJson>>;
    readonly groups: Readonly<Partial<Record<GroupDimension, readonly GroupRowJson[]>>>;
    readonly excluded: readonly {
      readonly number: string;
      readonly priority: Priority;
      readonly status: TicketStatus;
      readonly receivedAt: string;
      readonly reason: Exclusion;
    }[];
    readonly penalties: readonly PenaltyJson[];
    readonly billable: readonly BillableJson[];
  }[];
  /** Contract customers with a credit allowance (policy C): allowance, used and remaining, as the ledger counts now. */
  readonly credits: readonly CreditsJson[];
}

/** One customer's credits (policy C). */
export interface CreditsJson {
  /** The customer entry's `match`. */
  readonly customer: string;
  readonly name: string | null;
  readonly allowance: number;
  readonly used: number;
  readonly remaining: number;
}

/** Business milliseconds as minutes, to a tenth. */
const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 6_000) / 10);

const minutesJson = (time: TimeSummary): MinutesJson => ({
  count: time.count,
  median: minutes(time.median),
  p90: minutes(time.p90),
});

const targetJson = (t: TargetTally): TargetJson => ({
  name: t.name,
  promised: t.promised,
  met: t.met,
  late: t.late,
  openPastDeadline: t.openPastDeadline,
  pending: t.pending,
  notApplicable: t.notApplicable,
  businessMinutes: minutesJson(t.time),
});

function rowJson(row: ReportRow): RowJson {
  return {
    tickets: row.tickets,
    takeCharge: row.takeCharge,
    resolution: row.resolution,
    compliant: row.compliant,
    missed: row.missed,
    pending: row.pending,
    complianceRatio: row.ratio,
    target: row.target,
    targetMet: row.targetMet,
    takeChargeBusinessMinutes: minutesJson(row.takeChargeTime),
    resolutionBusinessMinutes: minutesJson(row.resolutionTime),
    targets: row.targets.map(targetJson),
  };
}

function groupsJson(sections: readonly GroupSection[]): Partial<Record<GroupDimension, GroupRowJson[]>> {
  return Object.fromEntries(
    sections.map((s) => [s.dimension, s.rows.map((g) => ({ key: g.key, name: g.name, ...rowJson(g.row) }))]),
  );
}

/** The report in the shape of `--json`. */
export function reportJson(report: SlaReport): ReportJson {
  const iso = (at: number) => formatInZone(report.calendar, at);
  return {
    at: iso(report.at),
    from: iso(report.from),
    to: iso(report.to),
    period: report.kind,
    timeZone: report.calendar.timeZone,
    target: report.target,
    by: report.by,
    periods: report.periods.map((p) => ({
      period: p.period.label,
      start: iso(p.period.start),
      end: iso(p.period.end),
      overall: rowJson(p.overall),
      byPriority: Object.fromEntries(PRIORITIES.map((prio) => [prio, rowJson(p.byPriority[prio])])) as Record<
        Priority,
        RowJson
      >,
      groups: groupsJson(p.groups),
      excluded: p.excluded.map((t) => ({ ...t, receivedAt: iso(t.receivedAt) })),
      penalties: p.penalties.map(penaltyJson),
      billable: p.billable.map(billableJson),
    })),
    credits: report.credits.map(({ customer, name, allowance, used, remaining }) => ({
      customer,
      name,
      allowance,
      used,
      remaining,
    })),
  };
}
