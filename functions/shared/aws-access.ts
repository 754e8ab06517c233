import type { AwsCredentials } from '../../lib/aws/aws-http-client';
import { dynamoEndpoint, HttpDynamoDb } from '../../lib/aws/dynamo-api';
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

/**
 * DynamoDB through the hand-signed client (lib/aws/dynamo-api.ts): the SDK's client and its first
 * calls were a large part of every cold start.
 */
export function dynamoClient(env: Env, access: AwsAccess): HttpDynamoDb {
  return new HttpDynamoDb({
    ...access,
    endpoint: serviceEndpoint(env, AWS_ENV.dynamoDbEndpoint, dynamoEndpoint(access.region)),
  });
}
