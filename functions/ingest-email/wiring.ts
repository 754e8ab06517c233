import { type DeskResources, deskPorts } from '../../lib/aws/desk-ports';
import { S3ObjectReader } from '../../lib/aws/s3-object-reader';
import { S3RawMessageSource } from '../../lib/aws/s3-raw-message-source';
import { AWS_ENV, ENV } from '../../lib/env-names';
import type { RawMessageSource } from '../../lib/ports/raw-message-source';
import { DEFAULT_WORK_SETTINGS, type IngestPorts } from '../../lib/tickets/deps';
import type { IngestSettings } from '../../lib/tickets/intake/ingest';
import { type AwsAccess, awsAccess, dynamoClient, schedulerClient, sesClient } from '../shared/aws-access';
import { loadDesk } from '../shared/desk-file';
import { optional, optionalHttpUrl, positiveInteger, required } from '../shared/env';
import { reminderTarget } from '../shared/reminder-target';

type Env = Readonly<Record<string, string | undefined>>;

/** Default size limit: generous for text and screenshots, far below what a function can hold. */
export const DEFAULT_MAX_RAW_BYTES = 10 * 1024 * 1024;

/** What the ingest handler works with: its ports and settings, built once by a composition root. */
export interface IngestWiring {
  readonly ports: IngestPorts;
  readonly settings: IngestSettings;
}

/** The SES receipt rule's bucket. */
function rawSource(env: Env, access: AwsAccess): RawMessageSource {
  const location = { bucket: required(env, ENV.rawBucket), prefix: optional(env, ENV.rawPrefix) ?? '' };
  return new S3RawMessageSource(s3Reader(env, access), location);
}

/**
 * The S3 GET signed by hand (no S3 client: ~20 ms of cold start), with the execution role's keys
 * that Lambda puts in the environment, as the SDK's default credential chain would find them.
 */
function s3Reader(env: Env, access: AwsAccess): S3ObjectReader {
  return new S3ObjectReader({
    ...access,
    endpoint: optionalHttpUrl(env, AWS_ENV.s3Endpoint),
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
}

/** The stack's resources, as the function's variables name them. */
function resources(env: Env): DeskResources {
  return {
    tableName: required(env, ENV.tableName),
    sesConfigurationSet: optional(env, ENV.sesConfigurationSet),
    reminders: reminderTarget(env),
  };
}

/**
 * The Lambda function's wiring: reads the environment once and builds every adapter through
 * deskPorts, with hand-signed clients (no AWS SDK at start) and the region and keys Lambda sets;
 * ConfigError names what is missing.
 */
export function ingestWiring(env: Env): IngestWiring {
  const access = awsAccess(env);
  const desk = { resources: resources(env), desk: loadDesk(env), raw: rawSource(env, access) };
  const maxRawBytes = positiveInteger(env, ENV.maxRawBytes, DEFAULT_MAX_RAW_BYTES);
  const clients = {
    dynamoDb: dynamoClient(env, access),
    ses: sesClient(env, access),
    scheduler: schedulerClient(env, access),
  };
  return {
    ports: { ...deskPorts(clients, desk.resources, desk.desk), raw: desk.raw },
    settings: { ...DEFAULT_WORK_SETTINGS, maxRawBytes },
  };
}
