import { STATUS_CODES } from 'node:http';
import { isTransient } from './sdk-errors';

/** S3 error codes after which the same request can succeed later, whatever the HTTP status. */
const TRANSIENT_CODES = new Set([
  'SlowDown',
  'RequestTimeout',
  'InternalError',
  'ServiceUnavailable',
  'Throttling',
  'ThrottlingException',
]);

/** Codes S3 uses to ask for fewer requests: retries wait longer after these. */
const THROTTLING_CODES = new Set(['SlowDown', 'Throttling', 'ThrottlingException']);

/** Longest S3 message kept in an error: enough for "Access Denied", never a whole document. */
const MAX_DETAIL_CHARS = 200;

/** What went wrong with one GET: S3's error code (or the socket's), its status, and whether to retry. */
export interface S3Failure {
  /** S3's `<Code>` (`NoSuchKey`, `SlowDown`, ...), the status's name, or the socket error's code. */
  readonly code: string;
  /** HTTP status; absent when no answer came. */
  readonly status?: number | undefined;
  /** S3's `<Message>` or the socket error's message, on one line. */
  readonly detail: string;
  readonly transient: boolean;
  /** S3 asked to slow down: back off longer. */
  readonly throttled: boolean;
}

/** A GET of one object failed; one line naming the object, the code and the status. */
export class S3ReadError extends Error {
  readonly code: string;
  readonly status: number | undefined;
  readonly transient: boolean;
  constructor(
    readonly object: string,
    failure: S3Failure,
    attempts: number,
    options: { cause?: unknown } = {},
  ) {
    const times = attempts > 1 ? ` ${attempts} times` : '';
    const status = failure.status === undefined ? '' : `${failure.status} `;
    const detail = failure.detail ? ` (${failure.detail})` : '';
    super(`GET ${object} failed${times}: ${status}${failure.code}${detail}`, options);
    this.name = 'S3ReadError';
    this.code = failure.code;
    this.status = failure.status;
    this.transient = failure.transient;
  }
}

/** The failure an error answer describes; `body` is the start of S3's XML error document. */
export function httpFailure(status: number, body: string): S3Failure {
  const code = xmlText(body, 'Code') || (STATUS_CODES[status] ?? `HTTP ${status}`).replace(/\W/g, '');
  return {
    code,
    status,
    detail: xmlText(body, 'Message'),
    transient: status >= 500 || status === 429 || TRANSIENT_CODES.has(code),
    throttled: status === 429 || THROTTLING_CODES.has(code),
  };
}

/** The failure a socket error or timeout describes (no answer, or an answer cut short). */
export function networkFailure(error: unknown): S3Failure {
  const shape = error instanceof Error ? (error as Error & { code?: unknown }) : undefined;
  const code = typeof shape?.code === 'string' ? shape.code : (shape?.name ?? 'Error');
  return {
    code,
    detail: oneLine(shape ? shape.message : String(error)),
    transient: isTransient(error),
    throttled: false,
  };
}

/** The text of the first `<name>` element, entities decoded, on one line; '' when absent. */
function xmlText(xml: string, name: string): string {
  const match = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
  return match?.[1] ? oneLine(decodeEntities(match[1])) : '';
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_DETAIL_CHARS);
}
