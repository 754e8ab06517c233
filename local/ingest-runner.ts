import { setTimeout as sleep } from 'node:timers/promises';
import type { SESEvent } from 'aws-lambda';
import type { InboundJournal } from './inbound-journal';
import type { Task } from './work-queue';

/** The ingest Lambda's handler, as the local desk calls it. */
export type IngestHandler = (event: SESEvent) => Promise<unknown>;

/** What running the ingest handler for one message needs. */
export interface IngestRunnerDeps {
  readonly handler: IngestHandler;
  readonly journal: InboundJournal;
  /** Tries in all; Lambda retries an asynchronous event twice, so 3. */
  readonly attempts: number;
  readonly retryDelayMs: number;
  /** Called once the handler has processed the message, with what it returned. */
  readonly processed: (messageId: string, result: unknown) => void | Promise<void>;
  /** Called when every try failed: the message is kept in the journal's `failed/`. */
  readonly failed: (messageId: string, reason: string) => void;
}

/**
 * The task that delivers one SES event to the ingest handler as Lambda's asynchronous
 * invocation does: retried on error, then kept aside and reported, never dropped.
 */
export function ingestTask(deps: IngestRunnerDeps, messageId: string, event: SESEvent): Task {
  return async () => {
    let reason = '';
    for (let attempt = 1; attempt <= deps.attempts; attempt += 1) {
      try {
        const result = await deps.handler(event);
        await deps.journal.done(messageId);
        await deps.processed(messageId, result);
        return;
      } catch (error) {
        reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        if (attempt < deps.attempts) await sleep(deps.retryDelayMs * attempt);
      }
    }
    await deps.journal.fail(messageId, reason);
    deps.failed(messageId, reason);
  };
}
