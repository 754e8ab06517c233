import type { SESEvent } from 'aws-lambda';
import type { InboundJournal } from './inbound-journal';
import { type Envelope, receivedCopy } from './received-copy';
import { sesEventFor } from './ses-event';
import { newSesMessageId } from './ses-message-id';

/** What the local SES receiving needs around it. */
export interface SesReceivingDeps {
  /** Stores a raw message under its SES messageId where the ingest handler reads it (the S3 peer). */
  readonly store: (messageId: string, copy: Uint8Array) => Promise<void>;
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

  /** Stores one accepted message and dispatches its event; resolves with the SES messageId once it is stored. */
  async receive(raw: Uint8Array, envelope: Envelope): Promise<string> {
    const receipt = { messageId: newSesMessageId(), envelope, receivedAt: this.deps.now() };
    const copy = receivedCopy(raw, receipt);
    // S3 makes an object visible only once whole: the handler never reads half a message.
    await this.deps.store(receipt.messageId, copy);
    const event = await sesEventFor(copy, receipt);
    await this.deps.journal.record(receipt.messageId, event);
    this.deps.dispatch(receipt.messageId, event);
    return receipt.messageId;
  }
}
