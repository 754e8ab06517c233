import { S3ObjectReader } from '../../lib/aws/s3-object-reader';
import { S3RawMessageSource } from '../../lib/aws/s3-raw-message-source';
import { AWS_ENV, ENV } from '../../lib/env-names';
import type { RawMessageSource } from '../../lib/ports/raw-message-source';
import { DEFAULT_WORK_SETTINGS, type IngestPorts } from '../../lib/tickets/deps';
import type { IngestSettings } from '../../lib/tickets/ingest';
import { optional, optionalHttpUrl, positiveInteger, required } from '../shared/env';
import { reminderScheduler } from '../shared/reminder-scheduler';
import { commonPorts } from '../shared/ticket-table';

type Env = Readonly<Record<string, string | undefined>>;

/** Default size limit: generous for text and screenshots, far below what a function can hold. */
const DEFAULT_MAX_RAW_BYTES = 10 * 1024 * 1024;

/** What the ingest function builds once per cold start. */
export interface IngestWiring {
  readonly ports: IngestPorts;
  readonly settings: IngestSettings;
}

/** The SES receipt rule's bucket (on the local desk, its S3 peer: AWS_ENDPOINT_URL_S3). */
function rawSource(env: Env): RawMessageSource {
  const location = { bucket: required(env, ENV.rawBucket), prefix: optional(env, ENV.rawPrefix) ?? '' };
  return new S3RawMessageSource(s3Reader(env), location);
}

/**
 * The S3 GET signed by hand (no S3 client: ~20 ms of cold start), with the execution role's keys
 * that Lambda puts in the environment, as the SDK's default credential chain would find them.
 */
function s3Reader(env: Env): S3ObjectReader {
  return new S3ObjectReader({
    region: required(env, AWS_ENV.region),
    credentials: {
      accessKeyId: required(env, AWS_ENV.accessKeyId),
      secretAccessKey: required(env, AWS_ENV.secretAccessKey),
      sessionToken: optional(env, AWS_ENV.sessionToken),
    },
    endpoint: optionalHttpUrl(env, AWS_ENV.s3Endpoint),
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
}

/** Reads the environment once and builds every adapter; ConfigError names what is missing. */
export function ingestWiring(env: Env): IngestWiring {
  return {
    ports: { ...commonPorts(env), raw: rawSource(env), scheduler: reminderScheduler(env) },
    settings: {
      ...DEFAULT_WORK_SETTINGS,
      maxRawBytes: positiveInteger(env, ENV.maxRawBytes, DEFAULT_MAX_RAW_BYTES),
    },
  };
}
