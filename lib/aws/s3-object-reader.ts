import { type HttpAnswer, httpGet } from './http-get';
import { httpFailure, networkFailure, type S3Failure, S3ReadError } from './s3-error';
import { objectTarget, type S3Credentials, signedGet } from './s3-request';

/**
 * Reads the start of one S3 object with a signed, ranged GET over node:https: the ingest function's
 * only S3 call, written by hand because the S3 client costs ~20 ms of every cold start (see
 * s3-request.ts). It does what the SDK's standard retry mode did for that call: three attempts,
 * jittered exponential backoff, longer after S3 asks to slow down.
 */

/** The first bytes of an object and its whole size. */
export interface ObjectStart {
  readonly bytes: Uint8Array;
  /** Size of the whole object in bytes. */
  readonly size: number;
  /** True when `bytes` holds only the first `maxBytes` of a larger object. */
  readonly truncated: boolean;
}

export interface S3ObjectReaderOptions {
  readonly region: string;
  readonly credentials: S3Credentials;
  /** A stand-in for S3 (http allowed), addressed path-style; absent on AWS. */
  readonly endpoint?: URL | undefined;
  /** Epoch milliseconds, for the signature's date. */
  readonly now: () => number;
  /** Waits between attempts. */
  readonly sleep: (ms: number) => Promise<void>;
  /** In [0, 1): the backoff's jitter. */
  readonly random?: () => number;
  /** Longest silence of the connection (connecting, waiting, mid-body) before the attempt fails. */
  readonly idleTimeoutMs?: number;
  readonly maxAttempts?: number;
}

/**
 * 5 s of silence, not the SDK's unlimited wait: three attempts (15 s) plus backoff must leave the
 * ingest function most of its 30 s, and S3 answers a small GET in well under a second.
 */
export const DEFAULT_IDLE_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_ATTEMPTS = 3;
/** The SDK standard mode's backoff bases and cap. */
const BASE_DELAY_MS = 100;
const THROTTLED_BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 20_000;
/** Enough of an error answer for S3's `<Code>` and `<Message>`. */
const ERROR_BODY_BYTES = 4096;

/** Wait before retry number `retry` (1 = the first): full jitter over base * 2^retry, capped. */
export function backoffMs(retry: number, throttled: boolean, random: () => number): number {
  const base = throttled ? THROTTLED_BASE_DELAY_MS : BASE_DELAY_MS;
  return Math.floor(Math.min(MAX_DELAY_MS, random() * base * 2 ** retry));
}

export class S3ObjectReader {
  private readonly random: () => number;
  private readonly idleTimeoutMs: number;
  private readonly maxAttempts: number;

  constructor(private readonly options: S3ObjectReaderOptions) {
    this.random = options.random ?? Math.random;
    this.idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  }

  /**
   * The first `maxBytes` of `s3://bucket/key` and the object's size. An empty object reads as empty;
   * anything else S3 refuses is S3ReadError (code `NoSuchKey` for a missing key), after retries
   * when the failure was transient.
   */
  async readStart(bucket: string, key: string, maxBytes: number): Promise<ObjectStart> {
    if (!Number.isInteger(maxBytes) || maxBytes < 1) {
      throw new RangeError(`maxBytes must be a positive whole number, got ${maxBytes}`);
    }
    const object = `s3://${bucket}/${key}`;
    const target = objectTarget(bucket, key, this.options.region, this.options.endpoint);
    for (let attempt = 1; ; attempt++) {
      const request = signedGet(target, {
        range: `bytes=0-${maxBytes - 1}`,
        region: this.options.region,
        credentials: this.options.credentials,
        now: this.options.now(),
      });
      let failure: S3Failure;
      let cause: unknown;
      try {
        const answer = await httpGet(request, {
          idleTimeoutMs: this.idleTimeoutMs,
          bodyLimit: (status) => (status === 200 || status === 206 ? maxBytes : ERROR_BODY_BYTES),
        });
        const start = objectStart(answer, maxBytes);
        if (start) return start;
        failure = httpFailure(answer.status, answer.body.toString('utf8'));
      } catch (error) {
        failure = networkFailure(error);
        cause = error;
      }
      if (!failure.transient || attempt >= this.maxAttempts) {
        throw new S3ReadError(object, failure, attempt, { cause });
      }
      await this.options.sleep(backoffMs(attempt, failure.throttled, this.random));
    }
  }
}

/** What a successful answer holds; undefined for an error answer. */
function objectStart(answer: HttpAnswer, maxBytes: number): ObjectStart | undefined {
  // A range starting at 0 is unsatisfiable only for an empty object.
  if (answer.status === 416) return { bytes: new Uint8Array(), size: 0, truncated: false };
  if (answer.status !== 200 && answer.status !== 206) return undefined;
  // A copy: the answer's Buffer may be a view into Node's shared pool.
  const bytes = new Uint8Array(answer.body.subarray(0, maxBytes));
  // Without either header (never from S3) the bytes received are all we know: a lower bound.
  const size =
    totalSize(header(answer, 'content-range')) ??
    wholeNumber(header(answer, 'content-length')) ??
    answer.received;
  return { bytes, size, truncated: size > maxBytes };
}

function header(answer: HttpAnswer, name: string): string | undefined {
  const value = answer.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** `bytes 0-99/12345` -> 12345; undefined for `*` or anything malformed. */
function totalSize(contentRange: string | undefined): number | undefined {
  const total = /^bytes \d+-\d+\/(\d+)$/.exec(contentRange?.trim() ?? '')?.[1];
  return wholeNumber(total);
}

function wholeNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  return Number(text);
}
