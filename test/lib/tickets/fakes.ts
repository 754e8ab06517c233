import { simpleParser } from 'mailparser';
import type { AckAttempt, AckThrottle } from '../../../lib/ports/ack-throttle';
import type { CreditLedger, CreditUse } from '../../../lib/ports/credit-ledger';
import type { MailSender, OutgoingMail, SentMail } from '../../../lib/ports/mail-sender';
import type { HistoryEntries, MessageLog } from '../../../lib/ports/message-log';
import type { RawMessage, RawMessageSource } from '../../../lib/ports/raw-message-source';
import type { ReminderSchedule, ReminderScheduler } from '../../../lib/ports/reminder-scheduler';
import type { TicketFilter, TicketQuery, TicketStore } from '../../../lib/ports/ticket-store';
import { ATTEMPTS, type Lease, type StepResults, type WorkLog } from '../../../lib/ports/work-log';
import { RawMessageNotFoundError, StaleTicketError, WorkInProgressError } from '../../../lib/tickets/errors';
import { type AckWindow, countInWindow } from '../../../lib/tickets/intake/ack-window';
import type { TicketMessage } from '../../../lib/tickets/model/message';
import type { OperatorStepRecord } from '../../../lib/tickets/model/operator-step';
import { nextDue, type Ticket } from '../../../lib/tickets/model/ticket';

/** Tickets in a Map, with the same version rule as the table. */
export class MemoryTicketStore implements TicketStore, TicketQuery {
  readonly tickets = new Map<string, Ticket>();
  private readonly counters = new Map<number, number>();

  async nextSequence(year: number): Promise<number> {
    const next = (this.counters.get(year) ?? 0) + 1;
    this.counters.set(year, next);
    return next;
  }
  async create(ticket: Ticket): Promise<boolean> {
    if (this.tickets.has(ticket.number)) return false;
    this.tickets.set(ticket.number, ticket);
    return true;
  }
  async get(number: string): Promise<Ticket | null> {
    return this.tickets.get(number) ?? null;
  }
  async save(ticket: Ticket): Promise<void> {
    if (this.tickets.get(ticket.number)?.version !== ticket.version - 1) {
      throw new StaleTicketError(ticket.number, ticket.version - 1);
    }
    this.tickets.set(ticket.number, ticket);
  }
  async list(filter: TicketFilter = {}): Promise<Ticket[]> {
    const due = (t: Ticket) => nextDue(t) ?? Number.MAX_SAFE_INTEGER;
    return [...this.tickets.values()]
      .filter((t) => !filter.statuses || filter.statuses.includes(t.status))
      .filter((t) => filter.dueBefore === undefined || due(t) < filter.dueBefore)
      .sort((a, b) => due(a) - due(b) || a.number.localeCompare(b.number));
  }
}

export class MemoryMessageLog implements MessageLog {
  readonly messages = new Map<string, TicketMessage>();
  private readonly thread = new Map<string, string>();

  async append(message: TicketMessage): Promise<void> {
    const key = `${message.ticket}/${message.id}`;
    if (!this.messages.has(key)) this.messages.set(key, message);
    for (const id of message.messageIds) this.thread.set(id, message.ticket);
  }
  async appendAll(entries: HistoryEntries): Promise<void> {
    for (const message of entries.messages) {
      this.messages.set(`${message.ticket}/${message.id}`, message);
      for (const id of message.messageIds) this.thread.set(id, message.ticket);
    }
    for (const step of entries.steps) this.stepRecords.set(`${step.ticket}/${step.id}`, step);
  }
  async find(ticket: string, id: string): Promise<TicketMessage | null> {
    return this.messages.get(`${ticket}/${id}`) ?? null;
  }
  async findTicket(messageIds: readonly string[]): Promise<string | null> {
    for (const id of messageIds) {
      const ticket = this.thread.get(id);
      if (ticket) return ticket;
    }
    return null;
  }
  async history(ticket: string): Promise<TicketMessage[]> {
    return [...this.messages.values()].filter((m) => m.ticket === ticket).sort((a, b) => a.at - b.at);
  }
  readonly stepRecords = new Map<string, OperatorStepRecord>();
  async appendStep(step: OperatorStepRecord): Promise<void> {
    const key = `${step.ticket}/${step.id}`;
    if (!this.stepRecords.has(key)) this.stepRecords.set(key, step);
  }
  async steps(ticket: string): Promise<OperatorStepRecord[]> {
    return [...this.stepRecords.values()].filter((s) => s.ticket === ticket).sort((a, b) => a.at - b.at);
  }
}

/**
 * Makes the next `times` history writes that `carry` something fail with `error`, as a table that
 * is down, or a command stopped before the write, would.
 */
export function failHistoryWrites(
  log: MessageLog,
  times: number,
  carry: (entries: HistoryEntries) => boolean,
  error: () => Error = () => new Error('injected: stopped before logging'),
): void {
  const appendAll = log.appendAll.bind(log);
  let left = times;
  log.appendAll = async (entries) => {
    if (carry(entries) && left-- > 0) throw error();
    return appendAll(entries);
  };
}

/**
 * Makes the next `times` history writes that carry an operator step fail, as a command stopped
 * before logging its step would (steps go out in the write of the step's email, or at its end).
 */
export function failStepWrites(log: MessageLog, times: number): void {
  failHistoryWrites(log, times, (entries) => entries.steps.length > 0);
}

interface WorkRecord {
  attempts: number;
  token: string | null;
  until: number;
  finished: boolean;
  results: Record<string, string>;
}

export class MemoryWorkLog implements WorkLog {
  readonly records = new Map<string, WorkRecord>();

  async begin(key: string, lease: Lease, first: StepResults = {}): Promise<StepResults | null> {
    const record = this.records.get(key);
    if (record?.finished) return null;
    if (record && record.token !== null && record.token !== lease.token && record.until >= lease.now) {
      throw new WorkInProgressError(key, record.until);
    }
    const attempts = (record?.attempts ?? 0) + 1;
    const results = record?.results ?? { ...first };
    const next = { token: lease.token, until: lease.until, finished: false, results, attempts };
    this.records.set(key, next);
    return { ...next.results, [ATTEMPTS]: String(attempts) };
  }
  async record(key: string, step: string, result: string): Promise<string> {
    const record = this.records.get(key);
    if (!record) throw new Error(`no work ${key}`);
    record.results[step] ??= result;
    return record.results[step];
  }
  async finish(key: string): Promise<void> {
    const record = this.records.get(key);
    if (record) Object.assign(record, { finished: true, token: null });
  }
  async release(key: string, lease: Lease): Promise<void> {
    const record = this.records.get(key);
    if (record?.token === lease.token) record.token = null;
  }
}

/** Each recipient's sliding window in a Map, counted as the table adapter counts it. */
export class MemoryThrottle implements AckThrottle {
  readonly windows = new Map<string, AckWindow>();
  async admit(attempt: AckAttempt): Promise<boolean> {
    for (const recipient of new Set(attempt.recipients.map((r) => r.toLowerCase()))) {
      const verdict = countInWindow(this.windows.get(recipient) ?? {}, attempt);
      if (!verdict.admitted) return false;
      if (verdict.window) this.windows.set(recipient, verdict.window);
    }
    return true;
  }
}

/** Records every email it is handed; SES-like, it also "rewrites" the Message-ID. */
export class RecordingMailSender implements MailSender {
  readonly sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail): Promise<SentMail> {
    this.sent.push(mail);
    const providerId = `ses-${this.sent.length}`;
    return { providerId, threadIds: [mail.messageId, `${providerId}@email.amazonses.com`] };
  }
  /** The sent emails as text, for reading headers. */
  texts(): string[] {
    return this.sent.map((m) => new TextDecoder().decode(m.raw));
  }
  /** The decoded body text of the i-th email sent. */
  async body(i: number): Promise<string> {
    const raw = this.sent[i]?.raw;
    if (!raw) throw new Error(`no email ${i} was sent`);
    return (await simpleParser(Buffer.from(raw))).text ?? '';
  }
}

export class RecordingScheduler implements ReminderScheduler {
  readonly schedules = new Map<string, ReminderSchedule>();
  readonly creates: ReminderSchedule[] = [];
  readonly deletes: string[] = [];
  async create(schedule: ReminderSchedule): Promise<void> {
    this.creates.push(schedule);
    if (!this.schedules.has(schedule.name)) this.schedules.set(schedule.name, schedule);
  }
  async delete(name: string): Promise<void> {
    this.deletes.push(name);
    this.schedules.delete(name);
  }
}

export class MemoryRawSource implements RawMessageSource {
  readonly messages = new Map<string, Uint8Array>();
  put(id: string, text: string): void {
    this.messages.set(id, new TextEncoder().encode(text));
  }
  async read(messageId: string, maxBytes: number): Promise<RawMessage> {
    const bytes = this.messages.get(messageId);
    if (!bytes) throw new RawMessageNotFoundError(messageId);
    return { bytes: bytes.subarray(0, maxBytes), size: bytes.length, truncated: bytes.length > maxBytes };
  }
}

/** Credits in a Map, with the ledger's once-per-ticket and allowance rules. */
export class MemoryCreditLedger implements CreditLedger {
  readonly holders = new Map<string, Set<string>>();
  async consume(customer: string, ticket: string, allowance: number): Promise<CreditUse> {
    const held = this.holders.get(customer) ?? new Set<string>();
    this.holders.set(customer, held);
    if (!held.has(ticket) && held.size < allowance) held.add(ticket);
    return { consumed: held.has(ticket), used: held.size };
  }
  async used(customer: string): Promise<number> {
    return this.holders.get(customer)?.size ?? 0;
  }
}
