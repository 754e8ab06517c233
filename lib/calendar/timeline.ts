import type { CalendarPart } from './calendar-part';
import { CalendarError } from './errors';
import { utcYearOf } from './local-date';
import { buildChunk, type Chunk } from './timeline-chunk';

// Bounds every search: an absurd amount (999999999h) ends in an error, not an endless walk.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

/**
 * A calendar's open time over all years, built lazily one local year at a time the first
 * time a query touches that year, then kept (a year of split shifts is ~500 intervals).
 */
export class Timeline {
  private readonly chunks = new Map<number, Chunk>();
  private recent: Chunk | undefined;
  /** After this year no part has open time (Infinity while weekly hours repeat). */
  private readonly lastOpenYear: number;

  constructor(private readonly parts: readonly CalendarPart[]) {
    // A part in another zone can reach one local year further than the first part's zone.
    this.lastOpenYear = Math.max(...parts.map((part) => part.lastOpenYear())) + 1;
  }

  /** The chunk of one local year. */
  chunkOfYear(year: number): Chunk {
    let chunk = this.chunks.get(year);
    if (!chunk) {
      if (year < FIRST_YEAR || year > LAST_YEAR) {
        throw new CalendarError(`the engine computes within ${FIRST_YEAR}-${LAST_YEAR}; this needs ${year}`);
      }
      chunk = buildChunk(this.parts, year);
      this.chunks.set(year, chunk);
    }
    return chunk;
  }

  /** The chunk whose local year contains the instant. */
  chunkAt(at: number): Chunk {
    const recent = this.recent;
    if (recent && at >= recent.start && at < recent.end) return recent;
    let chunk = this.chunkOfYear(utcYearOf(at));
    while (at < chunk.start) chunk = this.chunkOfYear(chunk.year - 1);
    while (at >= chunk.end) chunk = this.chunkOfYear(chunk.year + 1);
    this.recent = chunk;
    return chunk;
  }

  /** The next year's chunk, or undefined when no open time is left after this one. */
  after(chunk: Chunk): Chunk | undefined {
    return chunk.year >= this.lastOpenYear ? undefined : this.chunkOfYear(chunk.year + 1);
  }
}
