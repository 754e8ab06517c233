import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESClient } from '@aws-sdk/client-ses';
import type { DeskClients } from '../lib/aws/desk-ports';
import { LOCAL_KEYS } from './s3-peer';
import { LOCAL_REGION } from './settings';

/** Where each AWS service of the local desk answers (http URLs on 127.0.0.1). */
export interface LocalEndpoints {
  readonly dynamoDb: string;
  readonly ses: string;
  readonly s3: string;
  readonly scheduler: string;
}

/** The SDK clients of the local desk; destroy them when done (they keep sockets alive). */
export interface LocalClients extends DeskClients {
  destroy(): void;
}

/**
 * SDK clients pointed at the local peers with everything explicit (endpoint, region, keys), so
 * that nothing in this process's environment (a profile, AWS_ENDPOINT_URL, real keys) can send
 * a local desk's call to AWS. The keys are s3rver's built-in ones, not AWS credentials: s3rver
 * checks signatures against them, dynalite and aws-ses-v2-local accept any.
 */
export function localClients(endpoints: LocalEndpoints): LocalClients {
  // cacheMiddleware: each command's middleware chain is resolved once per client, not on every call
  // (the SDK's own option; nothing adds middleware to these clients). A message makes ~25 calls.
  const config = (endpoint: string) => ({
    endpoint,
    region: LOCAL_REGION,
    credentials: { ...LOCAL_KEYS },
    cacheMiddleware: true,
  });
  const dynamoDb = new DynamoDBClient(config(endpoints.dynamoDb));
  const ses = new SESClient(config(endpoints.ses));
  const scheduler = new SchedulerClient(config(endpoints.scheduler));
  return {
    dynamoDb,
    ses,
    scheduler,
    destroy: () => {
      for (const client of [dynamoDb, ses, scheduler]) client.destroy();
    },
  };
}
