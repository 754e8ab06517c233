import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Desk } from '../desk/desk';
import { parseDeskJson } from '../desk/parse-desk';
import { CorruptRecordError } from '../tickets/errors';
import { dynamoCall } from './dynamo-call';
import { itemKey, type TableRef } from './ticket-table';

/**
 * The desk configuration a deployed desk runs with, kept in its own table: the stack writes the
 * desk file's text there at deploy (the same text it bundles into the functions), the local desk
 * at start. Operator commands read it from the desk they target, never from a local copy that
 * could drift from what the functions run with.
 */
export const DESK_CONFIG_KEY = { pk: 'DESK', sk: 'CONFIG' } as const;

/** The stored desk file: its JSON text and where it came from (a path, or the embedded default). */
export interface StoredDeskConfig {
  readonly json: string;
  readonly source: string;
}

/** The item that holds the desk file's text (also what the CDK stack's custom resource puts). */
export function deskConfigItem(config: StoredDeskConfig): Record<string, AttributeValue> {
  return {
    ...itemKey(DESK_CONFIG_KEY.pk, DESK_CONFIG_KEY.sk),
    deskJson: { S: config.json },
    source: { S: config.source },
  };
}

/** Writes (or replaces) the desk configuration of the table. */
export async function putDeskConfig(table: TableRef, config: StoredDeskConfig): Promise<void> {
  await dynamoCall('put desk configuration', () =>
    table.client.putItem({ TableName: table.tableName, Item: deskConfigItem(config) }),
  );
}

/** The stored desk file's text, or null when the table holds none. */
export async function getDeskConfig(table: TableRef): Promise<StoredDeskConfig | null> {
  const out = await dynamoCall('get desk configuration', () =>
    table.client.getItem({
      TableName: table.tableName,
      Key: itemKey(DESK_CONFIG_KEY.pk, DESK_CONFIG_KEY.sk),
      ConsistentRead: true,
    }),
  );
  if (!out.Item) return null;
  const json = out.Item.deskJson?.S;
  if (json === undefined)
    throw new CorruptRecordError(`${DESK_CONFIG_KEY.pk}/${DESK_CONFIG_KEY.sk}`, 'deskJson: missing');
  return { json, source: out.Item.source?.S ?? '(unknown)' };
}

/** The desk the table's configuration describes, validated like any desk file. */
export async function readStoredDesk(table: TableRef): Promise<Desk | null> {
  const stored = await getDeskConfig(table);
  return stored === null ? null : parseDeskJson(stored.json, `stored desk configuration (${stored.source})`);
}
