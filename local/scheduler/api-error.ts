/** The error types of the Scheduler API the peer answers with, and their HTTP status codes. */
const STATUS = {
  ValidationException: 400,
  ResourceNotFoundException: 404,
  ConflictException: 409,
  InternalServerException: 500,
  UnknownOperationException: 404,
} as const;

/** A Scheduler error type the peer can answer with. */
export type SchedulerErrorType = keyof typeof STATUS;

/**
 * An answer of the Scheduler API that is an error: sent as `x-amzn-errortype` and a JSON
 * `{"Message"}` body, which is how the SDK's REST-JSON protocol finds the exception class.
 */
export class SchedulerApiError extends Error {
  override readonly name = 'SchedulerApiError';
  constructor(
    readonly type: SchedulerErrorType,
    message: string,
  ) {
    super(message);
  }

  /** The HTTP status of this error type. */
  get status(): number {
    return STATUS[this.type];
  }
}

/** A ValidationException in Scheduler's wording: which member failed which constraint. */
export function invalid(member: string, constraint: string): SchedulerApiError {
  return new SchedulerApiError(
    'ValidationException',
    `1 validation error detected: Value at '${member}' failed to satisfy constraint: ${constraint}`,
  );
}

/** ResourceNotFoundException for a schedule of a group. */
export function notFound(groupName: string, name: string): SchedulerApiError {
  return new SchedulerApiError(
    'ResourceNotFoundException',
    `Schedule ${name} does not exist in group ${groupName}.`,
  );
}
