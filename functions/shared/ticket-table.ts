import { DynamoAckThrottle } from '../../lib/aws/dynamo-ack-throttle';
import { DynamoMessageLog } from '../../lib/aws/dynamo-message-log';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import { DynamoWorkLog } from '../../lib/aws/dynamo-work-log';
import { DynamoDBClient } from '../../lib/aws/sdk/dynamodb';
import { SESClient } from '../../lib/aws/sdk/ses';
import { SesMailSender } from '../../lib/aws/ses-mail-sender';
import type { TableRef } from '../../lib/aws/ticket-table';
import { ENV } from '../../lib/env-names';
import { loadDesk } from './desk-file';
import { optional, required } from './env';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Adapters every function shares: the ticket table and SES. The SDK clients read the region and
 * AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL_SES themselves, so the local desk points these same
 * adapters at dynalite and aws-ses-v2-local.
 */
export function commonPorts(env: Env) {
  const table: TableRef = { client: new DynamoDBClient({}), tableName: required(env, ENV.tableName) };
  return {
    desk: loadDesk(env),
    tickets: new DynamoTicketStore(table),
    messages: new DynamoMessageLog(table),
    work: new DynamoWorkLog(table),
    throttle: new DynamoAckThrottle(table),
    mail: new SesMailSender(new SESClient({}), { configurationSet: optional(env, ENV.sesConfigurationSet) }),
  };
}
