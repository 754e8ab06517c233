import { DynamoTicketStore } from '../aws/dynamo-ticket-store';
import { createTicketTable } from '../aws/ticket-table';
import type { Desk } from '../desk';
import type { DeskHandlers } from './desk';
import { importIngestHandler, importReminderHandler } from './handlers';
import { LocalReminderScheduler } from './local-reminder-scheduler';
import { localTable } from './local-table';
import type { LocalPeers } from './peers';
import { dataPaths, type LocalSettings } from './settings';

/**
 * The production code behind the local desk: the ticket table created if missing, and the
 * two Lambda handlers, imported only now so that they read the environment the desk set.
 */
export async function loadPipeline(
  settings: LocalSettings,
  peers: LocalPeers,
  desk: Desk,
): Promise<DeskHandlers> {
  await ensureTicketTable(peers.dynamoDb.port);
  return {
    ingest: await importIngestHandler(),
    reminder: await importReminderHandler(),
    schedules: new LocalReminderScheduler(dataPaths(settings).schedules),
    supportAddresses: desk.supportAddresses,
    ticketFacts: ticketFactsFrom(peers.dynamoDb.port),
  };
}

// One client for the whole run: the desk looks a ticket up for every line it prints.
function ticketFactsFrom(dynamoDbPort: number): DeskHandlers['ticketFacts'] {
  const store = new DynamoTicketStore(localTable(dynamoDbPort));
  return async (number) => {
    const ticket = await store.get(number);
    return ticket && { language: ticket.language, priority: ticket.priority };
  };
}

async function ensureTicketTable(dynamoDbPort: number): Promise<void> {
  const table = localTable(dynamoDbPort);
  try {
    await createTicketTable(table.client, table.tableName);
  } catch (error) {
    // The table of an earlier run, kept in the data folder: exactly what a restart wants.
    if ((error as Error).name !== 'ResourceInUseException') throw error;
  } finally {
    table.client.destroy();
  }
}
