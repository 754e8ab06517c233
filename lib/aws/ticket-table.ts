import type { CreateTableInput } from '@aws-sdk/client-dynamodb';
import type { DynamoApi } from './dynamo-api';

/**
 * The one DynamoDB table of the desk. infra/ (issue-6) creates the same table in CDK; the local
 * desk and the tests create it with `createTicketTable`. Keys are generic strings so one table
 * holds every record kind:
 *
 * | record            | pk                          | sk                     | notes                               |
 * |-------------------|-----------------------------|------------------------|-------------------------------------|
 * | ticket            | `TICKET#2026-000042`        | `TICKET`               | `doc` JSON, `status`, `dueAt`, `version` |
 * | message           | `TICKET#2026-000042`        | `MSG#<message id>`     | one per email in or out (id stable across retries) |
| operator step     | `TICKET#2026-000042`        | `STEP#<change id>`     | one per step: action, actor, instant, what it set |
 * | thread index      | `THREAD#<sha256 of Message-ID>` | `THREAD`           | `ticket`: number the Message-ID belongs to (SES's two forms of one id: one item, of `ses:<id>`) |
 * | counter           | `COUNTER#2026`              | `COUNTER`              | `seq`: last number given that year |
 * | work (dedupe)     | `WORK#<key>`                | `WORK`                 | lease, step results, attempts; TTL `expiresAt` |
 * | ack throttle      | `THROTTLE#<recipient>`      | `THROTTLE`             | `window` JSON (key -> instant), `latest`, `version`; TTL `expiresAt` |
 * | credit ledger     | `CREDITS#<customer match>`  | `CREDITS`              | `used` N, `tickets` SS: tickets holding a credit (policy C) |
 *
 * GSI `status-dueAt` (keys `status` S, `dueAt` N, projection ALL) holds tickets only (the only
 * items with those attributes): "open tickets due soonest" is one Query per status. Tickets with
 * nothing pending carry `dueAt` = NOTHING_DUE so every ticket stays listable without a Scan.
 */
export const TABLE_KEYS = { partition: 'pk', sort: 'sk' } as const;
export const STATUS_INDEX = { name: 'status-dueAt', partition: 'status', sort: 'dueAt' } as const;
/**
 * TTL attribute (epoch seconds) of records that may expire: work records and throttle windows,
 * and, under the desk's retention, finished tickets, history items, steps and thread-index items.
 */
export const TTL_ATTRIBUTE = 'expiresAt';

/** The TTL attribute's value for an instant: DynamoDB TTL reads epoch seconds. */
export function ttlValue(instant: number): { N: string } {
  return { N: String(Math.ceil(instant / 1000)) };
}
/** `dueAt` of a ticket with no pending deadline: sorts after every real instant. */
export const NOTHING_DUE = Number.MAX_SAFE_INTEGER;

/** Which table the adapters work on, through which client (the hand-signed one on Lambda: dynamo-api.ts). */
export interface TableRef {
  readonly client: DynamoApi;
  readonly tableName: string;
}

/** CreateTable input for the ticket table (on-demand billing). TTL is enabled separately: see infra. */
export function ticketTableDefinition(tableName: string): CreateTableInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: TABLE_KEYS.partition, AttributeType: 'S' },
      { AttributeName: TABLE_KEYS.sort, AttributeType: 'S' },
      { AttributeName: STATUS_INDEX.partition, AttributeType: 'S' },
      { AttributeName: STATUS_INDEX.sort, AttributeType: 'N' },
    ],
    KeySchema: [
      { AttributeName: TABLE_KEYS.partition, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sort, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: STATUS_INDEX.name,
        KeySchema: [
          { AttributeName: STATUS_INDEX.partition, KeyType: 'HASH' },
          { AttributeName: STATUS_INDEX.sort, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}

/** How often and how many times createTicketTable asks whether the new table is ACTIVE. */
const ACTIVE_POLL = { intervalMs: 20, attempts: 500 } as const;

/**
 * Creates the ticket table (the local desk and tests; on AWS the CDK stack does it) and waits
 * until it is ACTIVE: a table still CREATING answers ResourceNotFoundException, on DynamoDB and
 * on dynalite alike (even with createTableMs 0, the next request can arrive first).
 */
export async function createTicketTable(client: DynamoApi, tableName: string): Promise<void> {
  await client.createTable(ticketTableDefinition(tableName));
  for (let attempt = 1; attempt <= ACTIVE_POLL.attempts; attempt++) {
    const out = await client.describeTable({ TableName: tableName });
    if (out.Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, ACTIVE_POLL.intervalMs));
  }
  throw new Error(`table ${tableName} did not become ACTIVE`);
}

/** Key of one item, as DynamoDB wants it. */
export function itemKey(pk: string, sk: string): Record<string, { S: string }> {
  return { [TABLE_KEYS.partition]: { S: pk }, [TABLE_KEYS.sort]: { S: sk } };
}
