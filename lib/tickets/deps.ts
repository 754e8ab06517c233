import type { Desk } from '../desk/desk';
import type { Instant } from '../domain/vocabulary';
import type { AckThrottle } from '../ports/ack-throttle';
import type { CreditLedger } from '../ports/credit-ledger';
import type { MailSender } from '../ports/mail-sender';
import type { MessageLog } from '../ports/message-log';
import type { RawMessageSource } from '../ports/raw-message-source';
import type { ReminderScheduler } from '../ports/reminder-scheduler';
import type { TicketStore } from '../ports/ticket-store';
import type { WorkLog } from '../ports/work-log';

/** The ports every ticket use case works through, plus the desk it works for. */
export interface TicketPorts {
  readonly desk: Desk;
  readonly tickets: TicketStore;
  readonly messages: MessageLog;
  readonly work: WorkLog;
  readonly mail: MailSender;
  readonly scheduler: ReminderScheduler;
}

/** What a fired reminder needs: it creates and deletes no schedules. */
export type ReminderPorts = Omit<TicketPorts, 'scheduler'>;

/** What the ingest use case needs on top: raw messages, the acknowledgement throttle, the credit ledger. */
export interface IngestPorts extends TicketPorts {
  readonly raw: RawMessageSource;
  readonly throttle: AckThrottle;
  /** Customers' contract credits, consumed by each new ticket (policy C). */
  readonly credits: CreditLedger;
}

/** One attempt at a unit of work: who it is and what time it is (the domain never reads the clock). */
export interface Attempt {
  /** Identifies the attempt (Lambda request id); the lease holder's token. */
  readonly id: string;
  readonly now: Instant;
}

/** Tunables of the pipeline; the defaults suit Lambda's async retries. */
export interface WorkSettings {
  /** How long an attempt holds its lease: longer than the function can run, shorter than Lambda's first retry delay. */
  readonly leaseMs: number;
  /** How long idempotency records are kept: longer than any redelivery (SES, SMTP retries, Lambda). */
  readonly retentionMs: number;
}

export const DEFAULT_WORK_SETTINGS: WorkSettings = { leaseMs: 5 * 60_000, retentionMs: 30 * 86_400_000 };
