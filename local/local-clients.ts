import type { DeskClients } from '../lib/aws/desk-ports';
import { HttpDynamoDb } from '../lib/aws/dynamo-api';
import { HttpScheduler } from '../lib/aws/scheduler-api';
import { HttpSes } from '../lib/aws/ses-api';
import { LOCAL_KEYS } from './s3-peer';
import { LOCAL_REGION } from './settings';

/** Where each AWS service of the local desk answers (http URLs on 127.0.0.1). */
export interface LocalEndpoints {
  readonly dynamoDb: string;
  readonly ses: string;
  readonly s3: string;
  readonly scheduler: string;
}

/** The clients of the local desk. */
export interface LocalClients extends DeskClients {
  /** Kept for callers that close their clients; the hand-signed ones hold no sockets open (the agent unrefs idle ones). */
  destroy(): void;
}

/**
 * Clients pointed at the local peers with everything explicit (endpoint, region, keys), so
 * that nothing in this process's environment (a profile, AWS_ENDPOINT_URL, real keys) can send
 * a local desk's call to AWS. The keys are s3rver's built-in ones, not AWS credentials: s3rver
 * checks signatures against them, dynalite and aws-ses-v2-local accept any. They are the
 * hand-signed clients the Lambda functions use (lib/aws/aws-http-client.ts), so the local desk
 * runs the functions' own code path.
 */
export function localClients(endpoints: LocalEndpoints): LocalClients {
  const config = (endpoint: string) => ({
    endpoint: new URL(endpoint),
    region: LOCAL_REGION,
    credentials: { ...LOCAL_KEYS },
  });
  return {
    dynamoDb: new HttpDynamoDb(config(endpoints.dynamoDb)),
    ses: new HttpSes(config(endpoints.ses)),
    scheduler: new HttpScheduler(config(endpoints.scheduler)),
    destroy: () => undefined,
  };
}
