import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { STATUS_INDEX, TABLE_KEYS, TTL_ATTRIBUTE } from '../lib/aws/ticket-table';

/** Properties of the ticket table. */
export interface TicketTableProps {
  /**
   * What happens to the table when the stack is deleted. Deletion protection is on regardless,
   * so even DESTROY needs an operator to turn protection off first.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The DynamoDB table of tickets, with the keys, index and TTL attribute the store uses
 * (lib/aws/ticket-table.ts is their one definition): on demand, point-in-time recovery,
 * deletion protection.
 */
export class TicketTable extends Construct {
  /** The table; grant functions access through its grant methods. */
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: TicketTableProps = {}) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partition, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sort, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: TTL_ATTRIBUTE,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: STATUS_INDEX.name,
      partitionKey: { name: STATUS_INDEX.partition, type: dynamodb.AttributeType.STRING },
      sortKey: { name: STATUS_INDEX.sort, type: dynamodb.AttributeType.NUMBER },
      projectionType: dynamodb.ProjectionType.ALL,
    });
  }
}
