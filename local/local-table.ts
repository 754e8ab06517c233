import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { TableRef } from '../lib/aws/ticket-table';
import { LOOPBACK } from './listen';
import { LOCAL_REGION, LOCAL_TABLE_NAME } from './settings';

/** The local desk's ticket table, through an SDK client pointed at its DynamoDB port. Destroy the client when done. */
export function localTable(dynamoDbPort: number): TableRef {
  const client = new DynamoDBClient({
    endpoint: `http://${LOOPBACK}:${dynamoDbPort}`,
    region: LOCAL_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return { client, tableName: LOCAL_TABLE_NAME };
}
