import { MINUTES_PER_DAY } from './local-date';

/**
 * Opening hours as minute ranges: within a day (0..1440) for special dates, and from the
 * start of the week (Monday 00:00 = 0 .. 10080) for the weekly pattern.
 */

/** A half-open range of minutes [start, end). */
export type MinuteRange = readonly [start: number, end: number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

const CLOCK_RANGE = /^([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

/** Minutes of a clock range `HH:MM-HH:MM` (end may be 24:00), or a reason it is not one. */
export function parseClockRange(text: string): MinuteRange | string {
  const match = CLOCK_RANGE.exec(text);
  if (!match) return 'is not a time range HH:MM-HH:MM between 00:00 and 24:00';
  const start = Number(match[1]) * 60 + Number(match[2]);
  const end = Number(match[3]) * 60 + Number(match[4]);
  if (start >= MINUTES_PER_DAY || end > MINUTES_PER_DAY)
    return 'is not a time range HH:MM-HH:MM between 00:00 and 24:00';
  if (end <= start) return 'ends before it starts (a range may not cross midnight: split it at 24:00)';
  return [start, end];
}

/** The index of the first range that overlaps its predecessor once sorted, or -1. */
export function firstOverlap(ranges: readonly MinuteRange[]): number {
  const order = ranges.map((range, index) => ({ range, index })).sort((a, b) => a.range[0] - b.range[0]);
  for (let i = 1; i < order.length; i += 1) {
    if (order[i]!.range[0] < order[i - 1]!.range[1]) return order[i]!.index;
  }
  return -1;
}

/** Day ranges of each weekday as sorted minutes-of-week. */
export function toWeekMinutes(days: readonly (readonly MinuteRange[])[]): MinuteRange[] {
  return days
    .flatMap((ranges, weekday) =>
      ranges.map(([s, e]): MinuteRange => [weekday * MINUTES_PER_DAY + s, weekday * MINUTES_PER_DAY + e]),
    )
    .sort((a, b) => a[0] - b[0]);
}

/** The part of the weekly ranges that falls on one weekday, as minutes of that day. */
export function rangesOfWeekday(week: readonly MinuteRange[], weekday: number): MinuteRange[] {
  const dayStart = weekday * MINUTES_PER_DAY;
  const dayEnd = dayStart + MINUTES_PER_DAY;
  return week
    .filter(([s, e]) => s < dayEnd && e > dayStart)
    .map(([s, e]): MinuteRange => [Math.max(s, dayStart) - dayStart, Math.min(e, dayEnd) - dayStart]);
}
