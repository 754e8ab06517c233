/**
 * Reading AWS SDK v3 errors, and the hand-signed clients' AwsServiceError shaped like them
 * (aws-http-client.ts), without importing every service's exception classes: the SDK sets
 * `name`, `$metadata.httpStatusCode` and, for errors it knows to be transient, `$retryable`.
 */

const TRANSIENT_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'InternalServerError',
  'InternalServerException',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'TransactionConflictException',
  'SlowDown',
]);

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND']);

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

/** The error's SDK name (`ConditionalCheckFailedException`, ...), or '' for anything else. */
export function sdkErrorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const name = (error as SdkErrorShape).name;
  return typeof name === 'string' ? name : '';
}

/** True when trying the same call again later may succeed (throttling, 5xx, timeouts, dropped connections). */
export function isTransient(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const shape = error as SdkErrorShape;
  if (shape.$retryable) return true;
  if (TRANSIENT_NAMES.has(sdkErrorName(error))) return true;
  if (typeof shape.code === 'string' && NETWORK_CODES.has(shape.code)) return true;
  const status = shape.$metadata?.httpStatusCode;
  return typeof status === 'number' && status >= 500;
}
