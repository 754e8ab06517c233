import aws4 from 'aws4';
import { type HttpAnswer, httpGet } from './http-get';
import { isTransient } from './sdk-errors';

/**
 * One AWS service spoken to without its SDK client: requests signed with aws4 (SigV4) and sent
 * with node:http(s), as the S3 GET already is (s3-request.ts). The SDK's clients cost the ingest
 * function about a third of its cold start (core, middleware stacks, schema serde, endpoint
 * rules) for the handful of calls it makes; this is the part of them the desk needs: signing,
 * endpoint override, retries with backoff on throttling, 5xx and dropped connections, timeouts,
 * and errors that carry the service's error name the way the SDK's do (sdk-errors.ts reads both).
 */

/** SigV4 credentials; `sessionToken` is present for a role's temporary keys (always, on Lambda). */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
}

/** How to reach and sign for one service. */
export interface AwsServiceOptions {
  /** SigV4 signing name: `dynamodb`, `ses`, `scheduler`. */
  readonly signingName: string;
  readonly region: string;
  readonly credentials: AwsCredentials;
  /** The service's base URL: AWS's own endpoint, or an override (AWS_ENDPOINT_URL_<SERVICE>). */
  readonly endpoint: URL;
  /** Attempts per call, the first included (the SDK's default: 3). */
  readonly maxAttempts?: number;
  /** No byte moving for this long fails the attempt with a TimeoutError (retried). */
  readonly idleTimeoutMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

/** One request, relative to the service's endpoint. */
export interface AwsRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the endpoint's, already URI-encoded (`/`, `/schedules/<name>`). */
  readonly path: string;
  /** Query parameters, encoded here. */
  readonly query?: Readonly<Record<string, string | undefined>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** What a service's error answer says: its error name (`ConditionalCheckFailedException`) and message. */
export interface ServiceErrorFields {
  readonly name: string;
  readonly message: string;
}

/** Reads the error name and message of a non-2xx answer, in the service's own format. */
export type ErrorReader = (answer: HttpAnswer) => ServiceErrorFields;

/**
 * An error answer of an AWS service, shaped like the SDK's ServiceException: `name` is the
 * service's error code, `$metadata.httpStatusCode` its status, so that sdkErrorName and
 * isTransient read it as they read the SDK's.
 */
export class AwsServiceError extends Error {
  readonly $fault: 'client' | 'server';
  readonly $metadata: { readonly httpStatusCode: number; readonly requestId?: string | undefined };
  constructor(fields: ServiceErrorFields, status: number, requestId?: string) {
    super(fields.message || fields.name);
    this.name = fields.name;
    this.$fault = status >= 500 ? 'server' : 'client';
    this.$metadata = { httpStatusCode: status, requestId };
  }
}

/** The largest answer read: a DynamoDB BatchGetItem may return 16 MB; nothing the desk asks for comes near. */
const MAX_ANSWER_BYTES = 17 * 1024 * 1024;
const DEFAULT_MAX_ATTEMPTS = 3;
const DEFAULT_IDLE_TIMEOUT_MS = 10_000;
/** The SDK's standard retry strategy: full-jitter exponential backoff, a longer base for throttling. */
const RETRY_BASE_MS = 100;
const THROTTLING_BASE_MS = 500;
const MAX_BACKOFF_MS = 20_000;
const THROTTLING_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'SlowDown',
]);

/** A service client: `send` signs, sends, retries what may succeed later, and throws the rest. */
export class AwsHttpClient {
  private readonly maxAttempts: number;
  private readonly idleTimeoutMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: AwsServiceOptions) {
    if (options.endpoint.protocol !== 'http:' && options.endpoint.protocol !== 'https:') {
      throw new TypeError(
        `${options.signingName} endpoint must be an http or https URL, got ${options.endpoint.href}`,
      );
    }
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  get region(): string {
    return this.options.region;
  }

  /** The 2xx answer to `request`; AwsServiceError (as `readError` reads it) or the network's error otherwise. */
  async send(request: AwsRequest, readError: ErrorReader): Promise<HttpAnswer> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(request, readError);
      } catch (error) {
        if (attempt >= this.maxAttempts || !isTransient(error)) throw error;
        await this.sleep(this.backoff(attempt, error));
      }
    }
  }

  private async attempt(request: AwsRequest, readError: ErrorReader): Promise<HttpAnswer> {
    const answer = await httpGet(this.signed(request), {
      idleTimeoutMs: this.idleTimeoutMs,
      bodyLimit: () => MAX_ANSWER_BYTES,
    });
    if (answer.received > answer.body.length) {
      throw new Error(`${this.options.signingName} answered more than ${MAX_ANSWER_BYTES} bytes`);
    }
    if (answer.status >= 200 && answer.status < 300) return answer;
    const requestId = header(answer, 'x-amzn-requestid') ?? header(answer, 'x-amz-request-id');
    throw new AwsServiceError(readError(answer), answer.status, requestId);
  }

  private backoff(attempt: number, error: unknown): number {
    const name = error instanceof Error ? error.name : '';
    const base = THROTTLING_NAMES.has(name) ? THROTTLING_BASE_MS : RETRY_BASE_MS;
    return Math.floor(this.random() * Math.min(MAX_BACKOFF_MS, base * 2 ** attempt));
  }

  private signed(request: AwsRequest) {
    const { endpoint, credentials } = this.options;
    const base = endpoint.pathname.replace(/\/+$/, '');
    const path = `${base}${request.path}${queryString(request.query)}`;
    const signing: aws4.Request = {
      method: request.method,
      protocol: endpoint.protocol,
      hostname: endpoint.hostname,
      path,
      service: this.options.signingName,
      region: this.options.region,
      headers: { ...request.headers },
      ...(request.body === undefined ? {} : { body: request.body }),
    };
    if (endpoint.port) signing.port = Number(endpoint.port);
    const { accessKeyId, secretAccessKey, sessionToken } = credentials;
    aws4.sign(
      signing,
      sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey },
    );
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(signing.headers ?? {})) {
      if (value !== undefined) headers[name] = String(value);
    }
    return {
      protocol: endpoint.protocol as 'http:' | 'https:',
      hostname: endpoint.hostname,
      port: endpoint.port ? Number(endpoint.port) : undefined,
      path: signing.path ?? path,
      method: request.method,
      headers,
      body: request.body,
    };
  }
}

/** `?a=1&b=2` of the defined parameters, RFC 3986-encoded as SigV4 signs them; '' for none. */
function queryString(query: AwsRequest['query']): string {
  if (!query) return '';
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${rfc3986(name)}=${rfc3986(value)}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** encodeURIComponent plus `! ' ( ) *`, which SigV4 wants encoded. */
export function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function header(answer: HttpAnswer, name: string): string | undefined {
  const value = answer.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The error of an AWS JSON or REST-JSON answer (DynamoDB, Scheduler): the code from the
 * `x-amzn-errortype` header or the body's `__type`/`code`, stripped of its namespace
 * (`com.amazonaws.dynamodb.v20120810#`) and URL suffix (`:http://...`), as the SDK reads it.
 */
export function jsonError(answer: HttpAnswer): ServiceErrorFields {
  let body: { __type?: unknown; code?: unknown; message?: unknown; Message?: unknown } = {};
  try {
    const parsed: unknown = JSON.parse(answer.body.toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null) body = parsed;
  } catch {
    // Not JSON (a proxy's HTML page): the status alone says what happened.
  }
  const raw = header(answer, 'x-amzn-errortype') ?? stringOr(body.__type) ?? stringOr(body.code) ?? '';
  const name = raw.split(':')[0]?.split('#').at(-1)?.trim() || `Http${answer.status}`;
  const message = stringOr(body.message) ?? stringOr(body.Message) ?? '';
  return { name, message };
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
