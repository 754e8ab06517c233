/**
 * SLA compliance reports (policy C: the compliance ratio per period; policy E: monitored monthly).
 * Pure: tickets and the desk in, report out; the CLI reads the tickets and picks the instant.
 */
export { ReportError, ReportOptionError, UnknownCalendarError } from './errors';
export {
  DEFAULT_TARGET,
  type OptionTexts,
  PERIOD_KINDS,
  type PeriodKind,
  type ReportOptions,
  reportInstant,
  reportOptions,
} from './options';
export { type Period, periodOf, periodsCovering } from './periods';
export { type ExcludedTicket, type PeriodReport, reportEnd, type SlaReport, slaReport } from './report';
export { type ReportJson, type RowJson, reportJson } from './report-json';
export { businessHours, reportTable } from './report-table';
export type { ReportRow, StepTally, TimeSummary } from './tally';
export type { Compliance, Exclusion, StepOutcome, TicketOutcome } from './ticket-outcome';
