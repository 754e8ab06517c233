import { putDeskConfig } from '../lib/aws/desk-config-item';
import { createTicketTable, type TableRef } from '../lib/aws/ticket-table';
import type { LoadedDesk } from '../lib/desk/desk-file';
import { composeLocalDesk, type HandlerLogLevel } from './compose';
import type { DeskHandlers } from './desk';
import type { LocalEndpoints } from './local-clients';
import type { LocalPeers } from './peers';
import { LOCAL_RAW_PREFIX } from './s3-peer';
import { dataPaths, type LocalSettings } from './settings';

/** The desk's handlers, and the clients to close when it stops. */
export interface Pipeline extends DeskHandlers {
  destroy(): void;
}

/**
 * The production code behind the local desk, composed over the running peers: the ticket table
 * created if missing, the desk it was started with written into it (operator commands read it
 * there, as on AWS), and the two Lambda handlers built by their factories.
 */
export async function loadPipeline(
  settings: LocalSettings,
  peers: LocalPeers,
  loaded: LoadedDesk,
  endpoints: LocalEndpoints,
  logLevel: HandlerLogLevel,
): Promise<Pipeline> {
  const composed = composeLocalDesk({
    endpoints,
    desk: loaded.desk,
    scheduleDir: dataPaths(settings).schedules,
    logLevel,
  });
  try {
    await ensureTicketTable(composed.table);
    await putDeskConfig(composed.table, { json: loaded.json, source: loaded.source });
  } catch (error) {
    composed.destroy();
    throw error;
  }
  return {
    ingest: composed.ingest,
    reminder: composed.reminder,
    schedules: composed.schedules,
    supportAddresses: loaded.desk.supportAddresses,
    storeRaw: (messageId, copy) => peers.s3.put(`${LOCAL_RAW_PREFIX}${messageId}`, copy),
    destroy: () => composed.destroy(),
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
