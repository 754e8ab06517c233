import type { AwsCredentials } from '../../lib/aws/aws-http-client';
import { dynamoEndpoint, HttpDynamoDb } from '../../lib/aws/dynamo-api';
import { HttpScheduler, schedulerEndpoint } from '../../lib/aws/scheduler-api';
import { HttpSes, sesEndpoint } from '../../lib/aws/ses-api';
import { AWS_ENV } from '../../lib/env-names';
import { optional, optionalHttpUrl, required } from './env';

type Env = Readonly<Record<string, string | undefined>>;

/** What every hand-signed client of a function signs with. */
export interface AwsAccess {
  readonly region: string;
  readonly credentials: AwsCredentials;
}

/**
 * The region and the execution role's keys, which Lambda puts in the environment, as the SDK's
 * default credential chain would find them there; ConfigError naming what is missing.
 */
export function awsAccess(env: Env): AwsAccess {
  return {
    region: required(env, AWS_ENV.region),
    credentials: {
      accessKeyId: required(env, AWS_ENV.accessKeyId),
      secretAccessKey: required(env, AWS_ENV.secretAccessKey),
      sessionToken: optional(env, AWS_ENV.sessionToken),
    },
  };
}

type EndpointName =
  | typeof AWS_ENV.dynamoDbEndpoint
  | typeof AWS_ENV.sesEndpoint
  | typeof AWS_ENV.schedulerEndpoint;

/**
 * Where a service's requests go: its own override (AWS_ENDPOINT_URL_DYNAMODB, ...), else the
 * global AWS_ENDPOINT_URL, else AWS's endpoint: the order the SDK follows. Only tests and
 * emulators set them; a malformed one is a ConfigError naming it.
 */
export function serviceEndpoint(env: Env, name: EndpointName, awsEndpoint: URL): URL {
  return optionalHttpUrl(env, name) ?? optionalHttpUrl(env, AWS_ENV.endpoint) ?? awsEndpoint;
}

// The functions' clients, signed by hand (lib/aws/aws-http-client.ts): the SDK's clients and
// their first calls were about a third of the ingest function's cold start.

/** DynamoDB (JSON 1.0 protocol). */
export function dynamoClient(env: Env, access: AwsAccess): HttpDynamoDb {
  return new HttpDynamoDb({
    ...access,
    endpoint: serviceEndpoint(env, AWS_ENV.dynamoDbEndpoint, dynamoEndpoint(access.region)),
  });
}

/** SES v1 (Query protocol). */
export function sesClient(env: Env, access: AwsAccess): HttpSes {
  return new HttpSes({
    ...access,
    endpoint: serviceEndpoint(env, AWS_ENV.sesEndpoint, sesEndpoint(access.region)),
  });
}

/** EventBridge Scheduler (REST-JSON protocol). */
export function schedulerClient(env: Env, access: AwsAccess): HttpScheduler {
  return new HttpScheduler({
    ...access,
    endpoint: serviceEndpoint(env, AWS_ENV.schedulerEndpoint, schedulerEndpoint(access.region)),
  });
}
