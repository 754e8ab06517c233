import { DateTime } from 'luxon';
import { parseIsoInstant } from '../calendar';
import type { Instant } from '../domain/vocabulary';
import { GROUP_DIMENSIONS, type GroupDimension } from './dimensions';
import { ReportOptionError } from './errors';

/** How the report cuts time: calendar months or ISO weeks (Monday to Sunday), in the desk's zone. */
export const PERIOD_KINDS = ['month', 'week'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Policy C: times met in at least 90 % of tickets over a period. */
export const DEFAULT_TARGET = 0.9;

/** What one report covers and how it judges. */
export interface ReportOptions {
  /** The report's instant: a deadline passed by then with its step undone counts as missed. */
  readonly at: Instant;
  /** Tickets received at or after this instant; from the first ticket's period when null. */
  readonly from: Instant | null;
  /** Tickets received before this instant; up to `at` when null. */
  readonly to: Instant | null;
  readonly period: PeriodKind;
  /** Share of tickets that must meet their times, in (0, 1]. */
  readonly target: number;
  /** The groupings each period lists after its overall line, in this order; priority alone when absent. */
  readonly by?: readonly GroupDimension[];
}

/** The options as typed on a command line; absent ones take their defaults. */
export interface OptionTexts {
  readonly at: string | Instant;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly period?: string | undefined;
  readonly target?: string | undefined;
  /** `--by`, as often as it was given; each may name several, comma-separated. */
  readonly by?: readonly string[] | undefined;
}

/** The grouping of a report that asks for none: today's lines per priority. */
export const DEFAULT_GROUPING: readonly GroupDimension[] = ['priority'];

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO 8601 instant with an offset or Z, or a date (`2026-11-01`: its midnight in `zone`). */
export function reportInstant(option: string, text: string, zone: string): Instant {
  if (DATE_ONLY.test(text)) {
    const day = DateTime.fromISO(text, { zone });
    if (day.isValid) return day.toMillis();
  } else {
    try {
      return parseIsoInstant(text);
    } catch {
      // reported below, with the option's name
    }
  }
  throw new ReportOptionError(option, text, 'an ISO 8601 instant with an offset or Z, or a date YYYY-MM-DD');
}

function target(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TARGET;
  const value = /^\d*\.?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (value > 0 && value <= 1) return value;
  throw new ReportOptionError('--target', text, 'a share above 0 and at most 1, such as 0.9');
}

function periodKind(text: string | undefined): PeriodKind {
  if (text === undefined) return 'month';
  const kind = PERIOD_KINDS.find((k) => k === text);
  if (kind) return kind;
  throw new ReportOptionError('--period', text, PERIOD_KINDS.join(' or '));
}

/** `--by priority,team --by customer`: each dimension once, in the order first named. */
export function grouping(texts: readonly string[] | undefined): readonly GroupDimension[] {
  if (texts === undefined || texts.length === 0) return DEFAULT_GROUPING;
  const chosen: GroupDimension[] = [];
  for (const text of texts) {
    for (const word of text.split(',')) {
      const dimension = GROUP_DIMENSIONS.find((d) => d === word.trim());
      if (!dimension)
        throw new ReportOptionError('--by', text, `one or several of ${GROUP_DIMENSIONS.join(', ')}`);
      if (!chosen.includes(dimension)) chosen.push(dimension);
    }
  }
  return chosen;
}

/** Reads and checks the report's options; ReportOptionError names the first bad one. */
export function reportOptions(texts: OptionTexts, zone: string): ReportOptions {
  const at = typeof texts.at === 'number' ? texts.at : reportInstant('--at', texts.at, zone);
  const from = texts.from === undefined ? null : reportInstant('--from', texts.from, zone);
  const to = texts.to === undefined ? null : reportInstant('--to', texts.to, zone);
  if (from !== null && from >= Math.min(to ?? at, at)) {
    const bound = to !== null && to < at ? '--to' : '--at';
    throw new ReportOptionError('--from', String(texts.from), `an instant before ${bound}`);
  }
  return {
    at,
    from,
    to,
    period: periodKind(texts.period),
    target: target(texts.target),
    by: grouping(texts.by),
  };
}
