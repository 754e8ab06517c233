import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

/**
 * Key design the ticket store (lib/aws/, issue-4) reads and writes: one table holding tickets,
 * messages, dedupe records and counters under generic string keys, one index for "tickets by
 * status and deadline", and a TTL attribute for records that may expire (dedupe markers).
 */
export const TICKET_TABLE_DESIGN = {
  partitionKey: 'pk',
  sortKey: 'sk',
  statusDeadlineIndex: { name: 'byStatusDeadline', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  timeToLiveAttribute: 'expiresAt',
} as const;

/** Properties of the ticket table. */
export interface TicketTableProps {
  /**
   * What happens to the table when the stack is deleted. Deletion protection is on regardless,
   * so even DESTROY needs an operator to turn protection off first.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** The DynamoDB table of tickets: on demand, point-in-time recovery, deletion protection, TTL. */
export class TicketTable extends Construct {
  /** The table; grant functions access through its grant methods. */
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: TicketTableProps = {}) {
    super(scope, id);
    const design = TICKET_TABLE_DESIGN;
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: design.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: design.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: design.timeToLiveAttribute,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: design.statusDeadlineIndex.name,
      partitionKey: { name: design.statusDeadlineIndex.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: design.statusDeadlineIndex.sortKey, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
  }
}
