import { DateTime } from 'luxon';

/**
 * Errors of the ticket area: the use cases and the adapters behind their ports throw these, never
 * an SDK error, so callers (handlers, CLI) can tell what went wrong and whether a retry may help.
 */

/** Base of every ticket-area error; `retryable` tells a handler whether redelivery can succeed. */
export class TicketError extends Error {
  readonly retryable: boolean;
  constructor(message: string, options: { cause?: unknown; retryable?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.name = 'TicketError';
    this.retryable = options.retryable ?? false;
  }
}

/** No ticket carries that number. */
export class TicketNotFoundError extends TicketError {
  constructor(readonly ticket: string) {
    super(`ticket ${ticket} does not exist`);
    this.name = 'TicketNotFoundError';
  }
}

/** The ticket changed since it was read (optimistic concurrency): read it again and redo the change. */
export class StaleTicketError extends TicketError {
  constructor(
    readonly ticket: string,
    readonly expectedVersion: number,
  ) {
    super(`ticket ${ticket} changed since version ${expectedVersion}`, { retryable: true });
    this.name = 'StaleTicketError';
  }
}

/** A lifecycle step that the ticket's status does not allow (e.g. resolving a closed ticket). */
export class TicketStateError extends TicketError {
  constructor(
    readonly ticket: string,
    readonly status: string,
    readonly action: string,
  ) {
    super(`ticket ${ticket} is ${status}: cannot ${action}`);
    this.name = 'TicketStateError';
  }
}

/** A request the desk refuses as asked (not who may act, not a time that makes sense): fix it and ask again. */
export class TicketRequestError extends TicketError {
  constructor(message: string) {
    super(message);
    this.name = 'TicketRequestError';
  }
}

/** The acting address is none of the desk's operator addresses. */
export class NotAnOperatorError extends TicketRequestError {
  constructor(
    readonly address: string,
    readonly allowed: readonly string[],
  ) {
    const operators =
      allowed.length > 0 ? `operators: ${allowed.join(', ')}` : 'the desk has no operator addresses';
    super(`${JSON.stringify(address)} is not an operator address of this desk (${operators})`);
    this.name = 'NotAnOperatorError';
  }
}

/** An expected resolution time that is not later than both now and the ticket's receipt. */
export class ExpectedResolutionError extends TicketRequestError {
  constructor(ticket: string, expected: string, now: string, receipt: string) {
    super(
      `ticket ${ticket}: expected resolution ${expected} must be later than now (${now}) and than the ticket's receipt (${receipt})`,
    );
    this.name = 'ExpectedResolutionError';
  }
}

/** Another attempt holds the lease on this work; redeliver later (Lambda retries by itself). */
export class WorkInProgressError extends TicketError {
  constructor(
    readonly key: string,
    readonly leaseUntil: number,
  ) {
    super(
      `${key} is being processed by another attempt until ${DateTime.fromMillis(leaseUntil, { zone: 'utc' }).toISO()}`,
      {
        retryable: true,
      },
    );
    this.name = 'WorkInProgressError';
  }
}

/** A stored record that does not have the shape this code writes (hand-edited or from another version). */
export class CorruptRecordError extends TicketError {
  constructor(
    readonly key: string,
    readonly detail: string,
  ) {
    super(`stored record ${key} is unreadable: ${detail}`);
    this.name = 'CorruptRecordError';
  }
}

/** The ticket table could not be read or written (throttled, unavailable, misconfigured). */
export class StoreError extends TicketError {
  constructor(operation: string, cause: unknown, retryable: boolean) {
    super(`ticket table ${operation} failed: ${describe(cause)}`, { cause, retryable });
    this.name = 'StoreError';
  }
}

/** The mail service did not accept an email. */
export class MailSendError extends TicketError {
  // Errors end up in logs, and logs hold no customer address: only how many recipients there were.
  constructor(to: readonly string[], cause: unknown, retryable: boolean) {
    const why = describe(cause)
      .slice(0, 500)
      .replace(/[^\s<>"'@,;:]+@[^\s<>"',;:]+/g, '<address>');
    super(`sending mail to ${to.length} recipient(s) failed: ${why}`, { cause, retryable });
    this.name = 'MailSendError';
  }
}

/** The scheduler did not accept a create or delete. */
export class ScheduleError extends TicketError {
  constructor(name: string, operation: string, cause: unknown, retryable: boolean) {
    super(`${operation} of schedule ${name} failed: ${describe(cause)}`, { cause, retryable });
    this.name = 'ScheduleError';
  }
}

/** The raw message the receipt step should have stored is not there. */
export class RawMessageNotFoundError extends TicketError {
  constructor(readonly messageId: string) {
    super(`raw message ${messageId} was not found where the receipt step stores it`, { retryable: true });
    this.name = 'RawMessageNotFoundError';
  }
}

/** The raw message store could not be read. */
export class RawMessageReadError extends TicketError {
  constructor(messageId: string, cause: unknown, retryable: boolean) {
    super(`reading raw message ${messageId} failed: ${describe(cause)}`, { cause, retryable });
    this.name = 'RawMessageReadError';
  }
}

function describe(cause: unknown): string {
  if (cause instanceof Error) return `${cause.name}: ${cause.message}`;
  return String(cause);
}
