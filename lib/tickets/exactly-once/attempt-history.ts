import type { HistoryEntries, MessageLog } from '../../ports/message-log';
import type { TicketMessage } from '../model/message';
import type { OperatorStepRecord } from '../model/operator-step';

/**
 * The history as one attempt writes it: the messages and steps it logs wait, and go out with the
 * next write the attempt makes anyway (the history entry of an email it sends) or when it flushes
 * at its end, so that an ingestion logs its message, its acknowledgement and their index items in
 * one call instead of one per item. What waits is what a retry logs again (the received message,
 * the ticket's latest step), so an attempt that dies before writing it loses nothing; one that
 * fails flushes it on its way out. Written with appendAll, each replaces an item of the same id
 * (where append would keep the first): what waits is built the same by every attempt, its ids and
 * instants settled (the message's receipt, the step as the ticket saved it). One per attempt:
 * never shared between attempts.
 */
export class AttemptHistory implements MessageLog {
  private readonly messages = new Map<string, TicketMessage>();
  private readonly stepRecords = new Map<string, OperatorStepRecord>();
  private readonly found = new Map<string, TicketMessage>();

  constructor(private readonly log: MessageLog) {}

  async append(message: TicketMessage): Promise<void> {
    this.messages.set(`${message.ticket}\u0000${message.id}`, message);
  }

  async appendStep(step: OperatorStepRecord): Promise<void> {
    this.stepRecords.set(`${step.ticket}\u0000${step.id}`, step);
  }

  /** Writes what waits together with `entries`, in one go. */
  async appendAll(entries: HistoryEntries): Promise<void> {
    const messages = [...this.messages.values(), ...entries.messages];
    const steps = [...this.stepRecords.values(), ...entries.steps];
    if (messages.length === 0 && steps.length === 0) return;
    await this.log.appendAll({ messages, steps });
    this.messages.clear();
    this.stepRecords.clear();
  }

  /** Writes what waits, if anything does. */
  flush(): Promise<void> {
    return this.appendAll({ messages: [], steps: [] });
  }

  async find(ticket: string, id: string): Promise<TicketMessage | null> {
    const key = `${ticket}\u0000${id}`;
    const known = this.messages.get(key) ?? this.found.get(key);
    if (known) return known;
    // Remembered: a retry asks for a sent email's entry twice (its admission, then its send), and
    // an entry once written is never changed.
    const entry = await this.log.find(ticket, id);
    if (entry) this.found.set(key, entry);
    return entry;
  }

  async findTicket(messageIds: readonly string[]): Promise<string | null> {
    await this.flush();
    return this.log.findTicket(messageIds);
  }

  async history(ticket: string): Promise<TicketMessage[]> {
    await this.flush();
    return this.log.history(ticket);
  }

  async steps(ticket: string): Promise<OperatorStepRecord[]> {
    await this.flush();
    return this.log.steps(ticket);
  }
}

/** Writes the history the attempt has waiting (see AttemptHistory); nothing for another log. */
export async function flushHistory(ports: { readonly messages: MessageLog }): Promise<void> {
  if (ports.messages instanceof AttemptHistory) await ports.messages.flush();
}

/**
 * Runs one attempt's work and writes the history it left waiting after it, whether the work
 * succeeded or failed: a failed attempt's retry may never come (a permanent failure), so what it
 * logged goes in even so (its own write failing then is not the error to report).
 */
export async function historyWritten<T>(
  ports: { readonly messages: MessageLog },
  work: () => Promise<T>,
): Promise<T> {
  try {
    const result = await work();
    await flushHistory(ports);
    return result;
  } catch (error) {
    await flushHistory(ports).catch(() => undefined);
    throw error;
  }
}
