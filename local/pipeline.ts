import { createTicketTable, type TableRef } from '../lib/aws/ticket-table';
import type { Desk } from '../lib/desk';
import type { DeskHandlers } from './desk';
import { importIngestHandler, importReminderHandler } from './handlers';
import { LocalReminderScheduler } from './local-reminder-scheduler';
import { localTable } from './local-table';
import type { LocalPeers } from './peers';
import { LOCAL_RAW_PREFIX } from './s3-peer';
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
  await ensureTicketTable(localTable(peers.dynamoDb.port));
  return {
    ingest: await importIngestHandler(),
    reminder: await importReminderHandler(),
    schedules: new LocalReminderScheduler(dataPaths(settings).schedules),
    supportAddresses: desk.supportAddresses,
    storeRaw: (messageId, copy) => peers.s3.put(`${LOCAL_RAW_PREFIX}${messageId}`, copy),
  };
}

async function ensureTicketTable(table: TableRef): Promise<void> {
  try {
    await createTicketTable(table.client, table.tableName);
  } catch (error) {
    // The table of an earlier run, kept in the data folder: exactly what a restart wants.
    if ((error as Error).name !== 'ResourceInUseException') throw error;
  }
}
