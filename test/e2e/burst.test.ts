import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BurstKind, sendConcurrently } from './support/burst';
import { burstDesk, burstMessages, seedMessages } from './support/burst-desk';
import { type LocalDesk, type OutboxEmail, realProblems } from './support/local-desk';
import { listTickets } from './support/ticket-list';

const SENDERS = 50;
const OPERATORS = 'operators@example.com';
const PER_SENDER = 10;
const isMailLine = (line: string) => line.startsWith('mail ');

async function outboxWith(desk: LocalDesk, count: number): Promise<OutboxEmail[]> {
  for (let i = 0; i < 1_200; i += 1) {
    const emails = await desk.outbox();
    if (emails.length >= count) return emails;
    await new Promise((done) => setTimeout(done, 100));
  }
  return desk.outbox();
}

describe('a burst of 500 messages from 50 senders at once', () => {
  let desk: LocalDesk;
  const burst = burstMessages(SENDERS, PER_SENDER);
  const seeds = seedMessages(SENDERS);
  const count = (kind: BurstKind) => burst.filter((message) => message.kind === kind).length;

  beforeAll(async () => {
    desk = await burstDesk();
    await desk.start();
    await sendConcurrently(desk.smtpPort, seeds, 10);
    await desk.waitForCount(isMailLine, SENDERS, 120_000);
    const accepted = await sendConcurrently(desk.smtpPort, burst, SENDERS);
    expect(accepted).toHaveLength(burst.length);
    await desk.waitForCount(isMailLine, SENDERS + burst.length, 180_000);
  }, 240_000);
  afterAll(async () => {
    await desk.dispose();
  });

  it('processes every message exactly once: a ticket, a reply or a reasoned ignore', () => {
    const outcomes = desk.lines
      .filter(isMailLine)
      .slice(SENDERS)
      .map((line) => line.split(' ')[2]);
    const tally = Object.fromEntries(
      ['create', 'reply', 'ignore'].map((o) => [o, outcomes.filter((x) => x === o).length]),
    );
    expect(outcomes).toHaveLength(burst.length);
    expect(tally).toEqual({ create: count('request'), reply: count('reply'), ignore: count('auto-reply') });
    expect(desk.lines.filter((line) => line.startsWith('mail - ignore auto-reply '))).toHaveLength(
      count('auto-reply'),
    );
    expect(realProblems(desk.errors)).toEqual([]);
  });

  it('opens one ticket per new request, numbered without gaps or repeats', async () => {
    const tickets = await listTickets(desk);
    const numbers = tickets.map((ticket) => ticket.number).sort();
    expect(new Set(numbers).size).toBe(SENDERS + count('request'));
    expect(numbers).toEqual(
      numbers.map((_, i) => `${numbers[0]!.slice(0, 5)}${String(i + 1).padStart(6, '0')}`),
    );
  });

  it('sends one acknowledgement per new request to its sender, one notice to the operators, and none for ignored mail', async () => {
    const requests = [...seeds, ...burst.filter((message) => message.kind === 'request')];
    // An acknowledgement and a notice per request, and a notice per customer reply.
    const emails = await outboxWith(desk, 2 * requests.length + count('reply'));
    const toOperators = (email: OutboxEmail) => email.destination.to.includes(OPERATORS);
    for (const request of requests) {
      const about = emails.filter((email) => email.subject.includes(request.key));
      const acks = about.filter((email) => !toOperators(email));
      expect(
        acks.map((ack) => ack.destination.to.join(',')),
        request.key,
      ).toEqual([request.sender]);
      const created = about.filter(
        (email) => toOperators(email) && / (Nuovo|New) ticket: /.test(email.subject),
      );
      expect(created, request.key).toHaveLength(1);
    }
    expect(emails.filter(toOperators)).toHaveLength(requests.length + count('reply'));
    const ignored = burst.filter((message) => message.kind === 'auto-reply');
    expect(emails.filter((email) => ignored.some((message) => email.subject.includes(message.key)))).toEqual(
      [],
    );
  });
});
