import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SESEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk';
import { reportingOutcome } from '../../../lib/local/ingest-outcome';
import type { MessageLog } from '../../../lib/ports/message-log';
import type { TicketStore } from '../../../lib/ports/ticket-store';
import { aTicket } from '../tickets/fixtures';

const event = (messageId: string): SESEvent =>
  ({
    Records: [
      {
        ses: {
          mail: {
            messageId: 'ses-1',
            timestamp: '2026-11-23T09:00:00Z',
            commonHeaders: { messageId: `<${messageId}>` },
          },
        },
      },
    ],
  }) as unknown as SESEvent;

/** A message log whose index changes when the handler runs, as the real one would. */
function world(
  before: Readonly<Record<string, string | undefined>>,
  after: Readonly<Record<string, string | undefined>>,
) {
  let index: Readonly<Record<string, string | undefined>> = before;
  const messages = {
    findTicket: async (ids: readonly string[]) => index[ids[0] ?? ''] ?? null,
  } as MessageLog;
  const ticket = aTicket({
    number: '2026-000009',
    customerMessageIds: ['first@example.net'],
    priority: 'P2',
  });
  const tickets = { get: async (n: string) => (n === ticket.number ? ticket : null) } as TicketStore;
  const handler = async () => {
    index = after;
  };
  return { messages, tickets, handler };
}

describe('reportingOutcome', () => {
  let rawDir: string;
  beforeAll(async () => {
    rawDir = await mkdtemp(join(tmpdir(), 'desk-outcome-'));
    await copyFile('examples/mail/it-out-of-office.eml', join(rawDir, 'ses-1'));
  });
  afterAll(async () => {
    await rm(rawDir, { recursive: true, force: true });
  });

  it.each([
    {
      name: 'a message that opened its ticket is created',
      before: {},
      after: { 'first@example.net': '2026-000009' },
      id: 'first@example.net',
      expected: { outcome: 'created', ticket: '2026-000009', language: 'it', priority: 'P2' },
    },
    {
      name: 'a message threaded onto an existing ticket is a reply',
      before: {},
      after: { 'second@example.net': '2026-000009' },
      id: 'second@example.net',
      expected: { outcome: 'reply', ticket: '2026-000009', language: 'it', priority: 'P2' },
    },
    {
      name: 'a message already known before the call is a duplicate',
      before: { 'first@example.net': '2026-000009' },
      after: { 'first@example.net': '2026-000009' },
      id: 'first@example.net',
      expected: { outcome: 'duplicate', ticket: '2026-000009' },
    },
    {
      name: 'a message that made no ticket is ignored, with the intake reason',
      before: {},
      after: {},
      id: 'it-out-of-office@example.net',
      expected: { outcome: 'ignored', reason: 'auto-reply' },
    },
  ])('$name', async ({ before, after, id, expected }) => {
    const { messages, tickets, handler } = world(before, after);
    const wrapped = reportingOutcome(handler, { messages, tickets, desk: defaultDesk(), rawDir });
    expect(await wrapped(event(id))).toEqual(expected);
  });

  it('passes on what a handler reports itself', async () => {
    const { messages, tickets } = world({}, {});
    const wrapped = reportingOutcome(async () => ({ outcome: 'created', ticket: '2026-000001' }), {
      messages,
      tickets,
      desk: defaultDesk(),
      rawDir,
    });
    expect(await wrapped(event('x@example.net'))).toEqual({ outcome: 'created', ticket: '2026-000001' });
  });
});
