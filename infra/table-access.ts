import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { STATUS_INDEX } from '../lib/aws/ticket-table';

/**
 * The DynamoDB actions each caller of the ticket table sends, read from the code: the commands
 * lib/aws/sdk/dynamodb.ts exports, where the adapters (lib/aws/dynamo-*.ts, desk-config-item.ts)
 * send them, and which adapter methods each runtime reaches. CreateTable is the local desk's only.
 */
export const TABLE_ACTIONS = {
  /**
   * Thread lookup (BatchGetItem); ticket, message and work-record reads (GetItem); ticket and
   * throttle puts (PutItem); history (messages, steps, thread index) written together
   * (BatchWriteItem); counters, work records and the throttle (UpdateItem). It lists no tickets
   * and reads no history, so it never queries.
   */
  ingest: [
    'dynamodb:BatchGetItem',
    'dynamodb:BatchWriteItem',
    'dynamodb:GetItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
  ],
  /**
   * Ticket read and save (GetItem, PutItem), the sent reminder's history entry (BatchWriteItem;
   * GetItem on a retry), work records (UpdateItem, GetItem).
   */
  sendReminder: ['dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  /**
   * Everything the adapters send: the CLI builds them all (lib/aws/desk-ports.ts) and runs the
   * same use cases, plus ticket listings (Query on the status index), a ticket's history (Query
   * on the table) and the stored desk configuration (GetItem).
   */
  operator: [
    'dynamodb:BatchGetItem',
    'dynamodb:BatchWriteItem',
    'dynamodb:GetItem',
    'dynamodb:PutItem',
    'dynamodb:Query',
    'dynamodb:UpdateItem',
  ],
} as const;

/** ARN of the status index, the one index the code queries (DynamoTicketStore.list). */
export function statusIndexArn(table: dynamodb.ITable): string {
  return `${table.tableArn}/index/${STATUS_INDEX.name}`;
}

/** Lets `grantee` send `actions` to the table itself (not its indexes). */
export function grantTableActions(
  grantee: iam.IGrantable,
  table: dynamodb.ITable,
  actions: readonly string[],
): iam.Grant {
  return iam.Grant.addToPrincipal({ grantee, actions: [...actions], resourceArns: [table.tableArn] });
}
