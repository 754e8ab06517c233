import type { SESEvent } from 'aws-lambda';
import { ingestHandler, type IngestHandler as LambdaIngestHandler } from '../functions/ingest-email/handler';
import { DEFAULT_MAX_RAW_BYTES } from '../functions/ingest-email/wiring';
import {
  type ReminderHandler as LambdaReminderHandler,
  reminderHandler,
} from '../functions/send-reminder/handler';
import { logsOnly } from '../functions/shared/observability';
import { type DeskPorts, deskPorts } from '../lib/aws/desk-ports';
import { S3ObjectReader } from '../lib/aws/s3-object-reader';
import { S3RawMessageSource } from '../lib/aws/s3-raw-message-source';
import type { TableRef } from '../lib/aws/ticket-table';
import type { Desk } from '../lib/desk/desk';
import { DEFAULT_WORK_SETTINGS, type IngestPorts } from '../lib/tickets/deps';
import { type LocalEndpoints, localClients } from './local-clients';
import { LOCAL_RESOURCES } from './local-stack';
import { LOCAL_KEYS, LOCAL_RAW_BUCKET, LOCAL_RAW_PREFIX } from './s3-peer';
import { LOCAL_REGION } from './settings';

/** Log levels the handlers' Powertools logger knows. */
export type HandlerLogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

/** What the local desk is composed of: where the peers answer, which desk, where schedules go. */
export interface LocalCompositionOptions {
  readonly endpoints: LocalEndpoints;
  readonly desk: Desk;
  /** The handlers print their JSON log lines at this level and above (the desk prints its own). */
  readonly logLevel: HandlerLogLevel;
}

/** The production code of the local desk, built once: ports and the two Lambda handlers. */
export interface LocalComposition {
  readonly ports: DeskPorts & IngestPorts;
  /** The ingest function's handler, one message per event as SES invokes it: its one result. */
  readonly ingest: (event: SESEvent) => Promise<unknown>;
  readonly reminder: LambdaReminderHandler;
  /** The desk's table, for what no port does (creating it, storing the desk configuration). */
  readonly table: TableRef;
  /** Closes the SDK clients' sockets. */
  destroy(): void;
}

/**
 * The local desk's composition root: the same adapters (deskPorts) and handler factories as the
 * Lambda functions, over SDK clients pointed at the local peers; reminders go through the
 * production EventBridge Scheduler adapter to the desk's Scheduler peer.
 */
export function composeLocalDesk(options: LocalCompositionOptions): LocalComposition {
  const clients = localClients(options.endpoints);
  const ports = {
    ...deskPorts(clients, LOCAL_RESOURCES, options.desk),
    raw: rawSource(options.endpoints.s3),
  };
  const ingest: LambdaIngestHandler = ingestHandler(
    { ports, settings: { ...DEFAULT_WORK_SETTINGS, maxRawBytes: DEFAULT_MAX_RAW_BYTES } },
    logsOnly('ingest-email', options.logLevel),
  );
  return {
    ports,
    ingest: async (event) => (await ingest(event))[0],
    reminder: reminderHandler(ports, logsOnly('send-reminder', options.logLevel)),
    table: { client: clients.dynamoDb, tableName: LOCAL_RESOURCES.tableName },
    destroy: () => clients.destroy(),
  };
}

/** The raw bucket of the S3 peer, read by the ingest function's own signed GET. */
function rawSource(endpoint: string): S3RawMessageSource {
  const reader = new S3ObjectReader({
    region: LOCAL_REGION,
    credentials: { ...LOCAL_KEYS },
    endpoint: new URL(endpoint),
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  return new S3RawMessageSource(reader, { bucket: LOCAL_RAW_BUCKET, prefix: LOCAL_RAW_PREFIX });
}

/** The handlers' log level from POWERTOOLS_LOG_LEVEL when it names one, else WARN (errors and warnings only). */
export function handlerLogLevel(value: string | undefined): HandlerLogLevel {
  const upper = value?.toUpperCase();
  return upper === 'DEBUG' || upper === 'INFO' || upper === 'ERROR' ? upper : 'WARN';
}
