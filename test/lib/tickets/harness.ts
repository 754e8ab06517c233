import { defaultDesk } from '../../../lib/desk/default-desk';
import type { Desk } from '../../../lib/desk/desk';
import type { Attempt, IngestPorts } from '../../../lib/tickets/deps';
import { type IngestResult, type IngestSettings, ingestEmail } from '../../../lib/tickets/intake/ingest';
import type { Ticket } from '../../../lib/tickets/model/ticket';
import { rawEmail } from './emails';
import {
  MemoryCreditLedger,
  MemoryMessageLog,
  MemoryRawSource,
  MemoryThrottle,
  MemoryTicketStore,
  MemoryWorkLog,
  RecordingMailSender,
  RecordingScheduler,
} from './fakes';
import { MONDAY_10 } from './fixtures';

export const SETTINGS: IngestSettings = {
  leaseMs: 60_000,
  retentionMs: 30 * 86_400_000,
  maxRawBytes: 100_000,
};

/** Every port as an in-memory fake, and a way to deliver an SES event to ingestEmail. */
export class Harness {
  readonly tickets = new MemoryTicketStore();
  readonly messages = new MemoryMessageLog();
  readonly work = new MemoryWorkLog();
  readonly throttle = new MemoryThrottle();
  readonly credits = new MemoryCreditLedger();
  readonly mail = new RecordingMailSender();
  readonly scheduler = new RecordingScheduler();
  readonly raw = new MemoryRawSource();
  private attempts = 0;

  constructor(readonly desk: Desk = defaultDesk()) {}

  get ports(): IngestPorts {
    return { ...this, desk: this.desk };
  }

  /** A fresh attempt id at `now`. */
  attempt(now = MONDAY_10): Attempt {
    this.attempts += 1;
    return { id: `attempt-${this.attempts}`, now };
  }

  /** Stores the raw message under `sesId` and delivers its event received at `at`. */
  async receive(sesId: string, raw: string, at = MONDAY_10, settings = SETTINGS): Promise<IngestResult> {
    this.raw.put(sesId, raw);
    return this.deliver(sesId, at, settings);
  }

  /** Delivers (again) the event of a stored message. */
  async deliver(sesId: string, at = MONDAY_10, settings = SETTINGS): Promise<IngestResult> {
    return ingestEmail({ sesMessageId: sesId, receivedAt: at }, this.ports, this.attempt(at), settings);
  }
}

/** A desk holding the ticket of one request (`raw`), stored again with `change` applied; the emails so far forgotten. */
export async function withTicket(change: Partial<Ticket> = {}, raw = rawEmail()): Promise<Harness> {
  const desk = new Harness();
  await desk.receive('ses-1', raw);
  const ticket = await desk.tickets.get('2026-000001');
  if (!ticket) throw new Error('no ticket');
  await desk.tickets.save({ ...ticket, ...change, version: ticket.version + 1 });
  desk.mail.sent.length = 0;
  return desk;
}
