import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { afterEach, beforeEach } from 'vitest';
import { HttpDynamoDb } from '../../lib/aws/dynamo-api';
import { createTicketTable, type TableRef } from '../../lib/aws/ticket-table';

/** A running in-memory dynalite with the ticket table created. */
export interface LocalTable extends TableRef {
  readonly endpoint: string;
  /** Closes the server. */
  stop(): Promise<void>;
}

/** Starts dynalite on a free port of 127.0.0.1 (no Docker, no Java) and creates the ticket table. */
export async function startLocalTable(tableName = 'tickets'): Promise<LocalTable> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  // The hand-signed client the Lambda functions use: every storage test speaks DynamoDB's wire protocol through it.
  const client = new HttpDynamoDb({
    endpoint: new URL(endpoint),
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  await createTicketTable(client, tableName);
  return {
    client,
    tableName,
    endpoint,
    stop: async () => {
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/** Gives each test of the calling suite its own dynalite table, stopped after it; `use` builds what the test works on. */
export function tablePerTest(use: (table: LocalTable) => void): void {
  let table: LocalTable | undefined;
  beforeEach(async () => {
    table = await startLocalTable();
    use(table);
  });
  afterEach(async () => table?.stop());
}

/** The table as seen through a client that notes each call it makes (`putItem`, ...), in order, in `calls`. */
export function countingTable(table: TableRef, calls: string[]): TableRef {
  const client = new Proxy(table.client, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(name));
        return value.apply(target, args);
      };
    },
  });
  return { ...table, client };
}
