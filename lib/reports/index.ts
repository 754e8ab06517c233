/**
 * SLA compliance reports (policy C: the compliance ratio per period and its penalty; policy E:
 * monitored monthly, per region), grouped by priority, team, category, customer or calendar, with
 * the billable tickets per customer (policy B).
 * Pure: tickets and the desk in, report out; the CLI reads the tickets and picks the instant.
 */
export { type BillableLine, billableLines } from './billable';
export type { BillableJson, PenaltyJson } from './customer-json';
export { customerOf, type ReportCustomer } from './customer-of';
export { GROUP_DIMENSIONS, type GroupDimension, type GroupKey, groupKeyOf } from './dimensions';
export { ReportError, ReportOptionError, UnknownCalendarError } from './errors';
export { type GroupRow, type GroupSection, groupSection } from './groups';
export {
  DEFAULT_GROUPING,
  DEFAULT_TARGET,
  grouping,
  type OptionTexts,
  PERIOD_KINDS,
  type PeriodKind,
  type ReportOptions,
  reportInstant,
  reportOptions,
} from './options';
export { type CustomerContract, contractOf, type PenaltyLine, penaltyLines, penaltyOwed } from './penalty';
export { type Period, periodOf, periodsCovering } from './periods';
export {
  type ExcludedTicket,
  type PeriodReport,
  type ReportStanding,
  reportEnd,
  type SlaReport,
  slaReport,
} from './report';
export {
  type CreditsJson,
  type GroupRowJson,
  type ReportJson,
  type RowJson,
  reportJson,
  type TargetJson,
} from './report-json';
export { businessHours, reportTable } from './report-table';
export type { ReportRow, StepTally, TargetTally, TimeSummary } from './tally';
export { type CatalogueTarget, targetCatalogue } from './target-catalogue';
export type {
  Compliance,
  Exclusion,
  StepOutcome,
  TargetJudgement,
  TargetOutcome,
  TicketOutcome,
} from './ticket-outcome';
