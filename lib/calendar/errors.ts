/** Errors of the calendar engine. Each message is one line an operator can act on. */

/** Base of every calendar error. */
export class CalendarError extends Error {
  override readonly name: string = 'CalendarError';
}

/** A calendar file that cannot be used: names the file, the field path and the value. */
export class CalendarConfigError extends CalendarError {
  override readonly name: string = 'CalendarConfigError';

  constructor(
    readonly source: string,
    readonly path: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`${source}: ${path}${value === undefined ? '' : ` = ${JSON.stringify(value)}`}: ${reason}`);
  }
}

/** A business duration other than `<N>m`, `<N>h` or `<N>d`. */
export class BusinessDurationError extends CalendarError {
  override readonly name: string = 'BusinessDurationError';

  constructor(
    readonly value: string,
    readonly reason: string,
  ) {
    super(`${JSON.stringify(value)}: ${reason}`);
  }
}

/** An instant written without an offset, or not ISO 8601 at all. */
export class InstantSyntaxError extends CalendarError {
  override readonly name: string = 'InstantSyntaxError';

  constructor(readonly value: string) {
    super(
      `${JSON.stringify(value)}: is not an ISO 8601 instant with an offset or Z (e.g. 2026-01-08T12:30:00+01:00)`,
    );
  }
}

/** The calendar has no open time after an instant, so no deadline can be reached. */
export class CalendarNeverOpensError extends CalendarError {
  override readonly name: string = 'CalendarNeverOpensError';
}
