import type { ReminderHandler } from '../functions/send-reminder/handler';
import { putDeskConfig } from '../lib/aws/desk-config-item';
import { createTicketTable, type TableRef } from '../lib/aws/ticket-table';
import type { LoadedDesk } from '../lib/desk/desk-file';
import type { ReminderScheduler } from '../lib/ports/reminder-scheduler';
import { composeLocalDesk, type HandlerLogLevel } from './compose';
import type { DeskHandlers } from './desk';
import type { LocalEndpoints } from './local-clients';
import type { LocalPeers } from './peers';
import { LOCAL_RAW_PREFIX } from './s3-peer';

/** The desk's handlers, the reminder function the Scheduler peer invokes, and the clients to close when it stops. */
export interface Pipeline extends DeskHandlers {
  readonly reminder: ReminderHandler;
  /** The production Scheduler adapter, pointed at the desk's Scheduler peer. */
  readonly scheduler: ReminderScheduler;
  destroy(): void;
}

/**
 * The production code behind the local desk, composed over the running peers: the ticket table
 * created if missing, the desk it was started with written into it (operator commands read it
 * there, as on AWS), and the two Lambda handlers built by their factories.
 */
export async function loadPipeline(
  peers: LocalPeers,
  loaded: LoadedDesk,
  endpoints: LocalEndpoints,
  logLevel: HandlerLogLevel,
): Promise<Pipeline> {
  const composed = composeLocalDesk({
    endpoints,
    desk: loaded.desk,
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
    scheduler: composed.ports.scheduler,
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
