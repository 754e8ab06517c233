import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SESEvent } from 'aws-lambda';
import type { InboundJournal } from './inbound-journal';
import { type Envelope, receivedCopy } from './received-copy';
import { sesEventFor } from './ses-event';
import { newSesMessageId } from './ses-message-id';

/** What the local SES receiving needs around it. */
export interface SesReceivingDeps {
  /** The folder the ingest handler reads raw messages from (`LOCAL_RAW_DIR`). */
  readonly rawDir: string;
  readonly journal: InboundJournal;
  readonly now: () => Date;
  /** Hands the event on for processing, without waiting (SES invokes the Lambda asynchronously). */
  readonly dispatch: (messageId: string, event: SESEvent) => void;
}

/**
 * The local stand-in for an SES receipt rule: an S3 action (the raw message, with the
 * headers SES adds, stored under a new messageId), then an asynchronous Lambda action.
 */
export class SesReceiving {
  constructor(private readonly deps: SesReceivingDeps) {}

  /** Creates the raw folder; call once before use. */
  async open(): Promise<void> {
    await mkdir(this.deps.rawDir, { recursive: true });
  }

  /** Stores one accepted message and dispatches its event; resolves with the SES messageId once it is safe on disk. */
  async receive(raw: Uint8Array, envelope: Envelope): Promise<string> {
    const receipt = { messageId: newSesMessageId(), envelope, receivedAt: this.deps.now() };
    const copy = receivedCopy(raw, receipt);
    const file = join(this.deps.rawDir, receipt.messageId);
    // Written aside and renamed, so the handler never reads half a message.
    await writeFile(`${file}.part`, copy);
    await rename(`${file}.part`, file);
    const event = await sesEventFor(copy, receipt);
    await this.deps.journal.record(receipt.messageId, event);
    this.deps.dispatch(receipt.messageId, event);
    return receipt.messageId;
  }
}
