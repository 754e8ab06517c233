import type { CalendarPart } from './calendar-part';
import { CalendarError } from './errors';
import { MS_PER_DAY, monthIndexOf, monthIndexOfDay } from './local-date';
import { buildChunk, type Chunk } from './timeline-chunk';

// Bounds every search: an absurd amount (999999999h) ends in an error, not an endless walk.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;
// The Gregorian calendar's mean month (400 years are 146,097 days), and January 1970's index.
const MEAN_MONTH_MS = (146_097 / 4_800) * MS_PER_DAY;
const MONTH_OF_EPOCH = 1970 * 12;

/**
 * A calendar's open time over all years, built lazily one local month at a time the first
 * time a query touches that month, then kept (a month of split shifts is ~45 intervals).
 *
 * Months, not years: a cold start computes its first deadlines with code V8 has not optimised
 * yet, and building a whole year for a deadline four hours away was its largest piece of
 * calendar work (~4 ms of CPU). A deadline 30 business days away crosses one or two months.
 */
export class Timeline {
  private readonly chunks = new Map<number, Chunk>();
  private recent: Chunk | undefined;
  /** After this month no part has open time (Infinity while weekly hours repeat). */
  private readonly lastOpenMonth: number;

  constructor(private readonly parts: readonly CalendarPart[]) {
    // A part in another zone can reach one local year further than the first part's zone.
    const lastOpenYear = Math.max(...parts.map((part) => part.lastOpenYear())) + 1;
    this.lastOpenMonth = monthIndexOf(lastOpenYear, 12);
  }

  /** The chunk of one local month (`monthIndexOf`). */
  chunkOfMonth(month: number): Chunk {
    let chunk = this.chunks.get(month);
    if (!chunk) {
      const year = Math.floor(month / 12);
      if (year < FIRST_YEAR || year > LAST_YEAR) {
        throw new CalendarError(`the engine computes within ${FIRST_YEAR}-${LAST_YEAR}; this needs ${year}`);
      }
      chunk = buildChunk(this.parts, month);
      this.chunks.set(month, chunk);
    }
    return chunk;
  }

  /** The chunk of the month holding the local date `dayNumber`. */
  chunkOfDay(dayNumber: number): Chunk {
    return this.chunkOfMonth(monthIndexOfDay(dayNumber));
  }

  /** The chunk whose local month contains the instant. */
  chunkAt(at: number): Chunk {
    const recent = this.recent;
    if (recent && at >= recent.start && at < recent.end) return recent;
    // Deadlines from instants all over a year miss `recent` most of the time: the month at the
    // mean month length is the right one but near a month's ends, and answers without a date.
    const guess = this.chunks.get(Math.floor(at / MEAN_MONTH_MS) + MONTH_OF_EPOCH);
    const chunk = guess && at >= guess.start && at < guess.end ? guess : this.chunkFoundAt(at);
    this.recent = chunk;
    return chunk;
  }

  private chunkFoundAt(at: number): Chunk {
    let chunk = this.chunkOfDay(Math.floor(at / MS_PER_DAY));
    while (at < chunk.start) chunk = this.chunkOfMonth(chunk.month - 1);
    while (at >= chunk.end) chunk = this.chunkOfMonth(chunk.month + 1);
    return chunk;
  }

  /** The next month's chunk, or undefined when no open time is left after this one. */
  after(chunk: Chunk): Chunk | undefined {
    return chunk.month >= this.lastOpenMonth ? undefined : this.chunkOfMonth(chunk.month + 1);
  }
}
