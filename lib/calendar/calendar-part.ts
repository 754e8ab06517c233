import type { PublicHolidays } from './holidays/public-holidays';
import { dateOf, weekdayOf } from './local-date';
import { type MinuteRange, rangesOfWeekday } from './week-hours';
import type { ZoneClock } from './zone-clock';

/** A closed stretch of local dates, both ends included (day numbers). */
export type DayRange = readonly [first: number, last: number];

/** The validated rules of one calendar in one zone (a union has several). */
export interface PartRules {
  readonly clock: ZoneClock;
  readonly week: readonly MinuteRange[];
  readonly holidays: PublicHolidays | undefined;
  readonly closed: readonly DayRange[];
  /** The closed stretches the file names (a summer closure): what acknowledgements announce. */
  readonly closures: readonly NamedClosure[];
  readonly special: ReadonlyMap<number, readonly MinuteRange[]>;
}

/** A closed stretch with a name, by language (`*` for one name in every language). */
export interface NamedClosure {
  readonly days: DayRange;
  readonly names: Readonly<Record<string, string>>;
}

const NO_HOURS: readonly MinuteRange[] = [];

/** Why a date has no open time (CONTRACT section 9), with the holiday's name when it is one. */
export interface ClosedReason {
  readonly reason: 'weekend' | 'holiday' | 'closed' | 'special';
  readonly name?: string;
}

/** One calendar's opening hours per local date: weekly hours, then special dates, then closures. */
export class CalendarPart {
  private readonly byWeekday: readonly (readonly MinuteRange[])[];

  constructor(readonly rules: PartRules) {
    this.byWeekday = Array.from({ length: 7 }, (_, weekday) => rangesOfWeekday(rules.week, weekday));
  }

  /** The zone the hours are read in. */
  get clock(): ZoneClock {
    return this.rules.clock;
  }

  /** Opening hours on a local date, as minutes of that day. A holiday or closure wins over a special date. */
  rangesOn(dayNumber: number): readonly MinuteRange[] {
    if (this.isClosedOn(dayNumber)) return NO_HOURS;
    return this.rules.special.get(dayNumber) ?? this.byWeekday[weekdayOf(dayNumber)] ?? NO_HOURS;
  }

  /** The last year with open time, or Infinity when the weekly hours keep it opening forever. */
  lastOpenYear(): number {
    if (this.rules.week.length > 0) return Number.POSITIVE_INFINITY;
    const openDates = [...this.rules.special].filter(([, ranges]) => ranges.length > 0).map(([day]) => day);
    return openDates.length === 0 ? Number.NEGATIVE_INFINITY : dateOf(Math.max(...openDates)).year;
  }

  /** Why the part has no hours on a local date (a holiday first, as it wins), or undefined when it has some. */
  closedReasonOn(dayNumber: number): ClosedReason | undefined {
    const name = this.rules.holidays?.nameOn(dayNumber);
    if (name !== undefined) return name === '' ? { reason: 'holiday' } : { reason: 'holiday', name };
    if (this.isClosedOn(dayNumber)) {
      const names = this.closureOn(dayNumber)?.names;
      const name = names?.['*'] ?? names?.en ?? Object.values(names ?? {})[0];
      return name === undefined ? { reason: 'closed' } : { reason: 'closed', name };
    }
    const special = this.rules.special.get(dayNumber);
    if (special) return special.length === 0 ? { reason: 'special' } : undefined;
    return (this.byWeekday[weekdayOf(dayNumber)] ?? NO_HOURS).length === 0
      ? { reason: 'weekend' }
      : undefined;
  }

  /** The named closure covering a local date, if any. */
  closureOn(dayNumber: number): NamedClosure | undefined {
    return this.rules.closures.find(({ days: [first, last] }) => dayNumber >= first && dayNumber <= last);
  }

  private isClosedOn(dayNumber: number): boolean {
    if (this.rules.closed.some(([first, last]) => dayNumber >= first && dayNumber <= last)) return true;
    return this.rules.holidays?.datesOf(dateOf(dayNumber).year).has(dayNumber) ?? false;
  }
}
