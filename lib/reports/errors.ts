/** Base of every error of the reports area: one line an operator can act on. */
export class ReportError extends Error {
  override readonly name: string = 'ReportError';
}

/** An option of the report has a value it cannot use; names the option, the value and what it takes. */
export class ReportOptionError extends ReportError {
  override readonly name = 'ReportOptionError';
  constructor(
    readonly option: string,
    readonly value: string,
    expected: string,
  ) {
    super(`${option} ${JSON.stringify(value)}: expected ${expected}`);
  }
}

/** A ticket refers to a calendar the desk does not have (usually: the report read another desk file). */
export class UnknownCalendarError extends ReportError {
  override readonly name = 'UnknownCalendarError';
  constructor(
    readonly ticket: string,
    readonly calendarId: string,
  ) {
    super(
      `ticket ${ticket}: the desk has no calendar ${JSON.stringify(calendarId)} (is DESK_CONFIG_PATH the desk's file?)`,
    );
  }
}

/** A ticket's kept calendar no longer parses (say, date-holidays dropped its place): the report cannot judge it. */
export class TicketCalendarError extends ReportError {
  override readonly name = 'TicketCalendarError';
  constructor(ticket: string, reason: string) {
    super(`ticket ${ticket}: the calendar it was received with cannot be used: ${reason}`);
  }
}
