import { join } from 'node:path';
import type { SESEvent } from 'aws-lambda';
import { InboundJournal } from './inbound-journal';
import { type IngestHandler, ingestTask } from './ingest-runner';
import { moveLegacyRawMail } from './legacy-raw';
import { describeIngest, factsOfResult } from './report-lines';
import { SesReceiving } from './ses-receiving';
import { dataPaths, type LocalSettings } from './settings';
import { type SmtpIntake, startSmtpIntake } from './smtp-intake';
import { loadOrCreateCertificate } from './tls-certificate';
import { WorkQueue } from './work-queue';

/** The production code the desk runs: the ingest function's handler (reminders fire in the Scheduler peer). */
export interface DeskHandlers {
  readonly ingest: IngestHandler;
  /** The desk's own addresses: the SMTP intake accepts mail for these only. */
  readonly supportAddresses: readonly string[];
  /** Stores a received message where the ingest handler reads it: the S3 peer's raw bucket. */
  readonly storeRaw: (messageId: string, copy: Uint8Array) => Promise<void>;
}

/** Where the desk writes: one line per processed message or fired reminder. */
export interface DeskOutput {
  line(text: string): void;
  problem(text: string): void;
}

/** The running pipeline around the peers. */
export interface RunningDesk {
  readonly smtpPort: number;
  stop(): Promise<void>;
}

/** How many messages the ingest handler works on at once (Lambda's concurrency, locally). */
const INGEST_CONCURRENCY = 32;

/** Starts SMTP intake and the ingest queue, replaying what a previous run left. */
export async function startDesk(
  settings: LocalSettings,
  handlers: DeskHandlers,
  out: DeskOutput,
  now: () => Date,
): Promise<RunningDesk> {
  const paths = dataPaths(settings);
  const journal = new InboundJournal(paths.inbound);
  await journal.open();
  const queue = new WorkQueue(INGEST_CONCURRENCY, (error) => out.problem(`ingest crashed: ${String(error)}`));
  const dispatch = ingestDispatcher(handlers, journal, queue, out);
  const moved = await moveLegacyRawMail(paths.legacyRaw, handlers.storeRaw);
  if (moved > 0) out.line(`moved ${moved} raw message(s) from ${paths.legacyRaw} into the local S3`);
  const receiving = new SesReceiving({ store: handlers.storeRaw, journal, now, dispatch });
  for (const event of await journal.pending()) dispatch(event.Records[0]?.ses.mail.messageId ?? '', event);
  const intake = await startIntake(settings, handlers, receiving, now).catch(async (error: unknown) => {
    await queue.close();
    throw error;
  });
  return { smtpPort: intake.port, stop: () => stopAll(intake, queue) };
}

function ingestDispatcher(
  handlers: DeskHandlers,
  journal: InboundJournal,
  queue: WorkQueue,
  out: DeskOutput,
) {
  const report = (id: string, result: unknown) => {
    out.line(describeIngest(id, result, factsOfResult(result)));
  };
  const deps = {
    handler: handlers.ingest,
    journal,
    attempts: 3,
    retryDelayMs: 200,
    processed: report,
    failed: (id: string, reason: string) =>
      out.problem(`message ${id} kept in ${join('inbound', 'failed')} after 3 tries: ${reason}`),
  };
  return (messageId: string, event: SESEvent) => queue.push(ingestTask(deps, messageId, event));
}

async function startIntake(
  settings: LocalSettings,
  handlers: DeskHandlers,
  receiving: SesReceiving,
  now: () => Date,
): Promise<SmtpIntake> {
  const own = new Set(handlers.supportAddresses.map((address) => address.toLowerCase()));
  return startSmtpIntake({
    port: settings.smtpPort,
    maxBytes: settings.smtpMaxBytes,
    certificate: await loadOrCreateCertificate(settings.dataDir, now()),
    acceptsRecipient: (address) => own.has(address),
    deliver: (raw, envelope) => receiving.receive(raw, envelope),
  });
}

// Mail stops first, so nothing new arrives; queued messages stay in the journal for the next start.
async function stopAll(intake: SmtpIntake, queue: WorkQueue): Promise<void> {
  await intake.stop();
  await queue.close();
}
