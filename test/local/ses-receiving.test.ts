import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SESEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InboundJournal } from '../../local/inbound-journal';
import { SesReceiving } from '../../local/ses-receiving';

const raw = [
  'Return-Path: <forged@example.org>',
  'From: "Anna Bianchi" <anna@example.net>',
  'To: support@example.com, Other <other@example.com>',
  'Reply-To: anna.work@example.net',
  'Subject: =?UTF-8?Q?Il_sito_=C3=A8_gi=C3=B9?=',
  'Message-ID: <m1@example.net>',
  'Date: Mon, 23 Nov 2026 10:00:00 +0100',
  '',
  'Il sito non risponde da stamattina.',
  '',
].join('\r\n');

describe('SesReceiving', () => {
  let dir: string;
  let dispatched: Array<{ id: string; event: SESEvent }>;
  let receiving: SesReceiving;
  let journal: InboundJournal;
  let stored: Map<string, string>;
  const receivedAt = new Date('2026-11-23T09:00:05Z');

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-receiving-'));
    dispatched = [];
    stored = new Map();
    journal = new InboundJournal(join(dir, 'inbound'));
    await journal.open();
    receiving = new SesReceiving({
      store: async (id, copy) => {
        stored.set(id, Buffer.from(copy).toString('utf8'));
      },
      journal,
      now: () => receivedAt,
      dispatch: (id, event) => dispatched.push({ id, event }),
    });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const receive = () =>
    receiving.receive(Buffer.from(raw), { mailFrom: 'anna@example.net', rcptTo: ['support@example.com'] });

  it('names each message with a new SES-like id', async () => {
    const ids = [await receive(), await receive()];
    expect(ids[0]).toMatch(/^[a-z0-9]{40}$/);
    expect(ids[1]).not.toBe(ids[0]);
  });

  it('stores the raw message under its id with the verdict headers SES adds', async () => {
    const copy = stored.get(await receive()) ?? '';
    expect(copy).toMatch(/^Return-Path: <anna@example\.net>\r\n/);
    expect(copy).toContain('\r\nX-SES-Spam-Verdict: PASS\r\nX-SES-Virus-Verdict: PASS\r\n');
    expect(copy).not.toContain('forged@example.org');
    expect(copy.endsWith(raw.slice(raw.indexOf('From:')))).toBe(true);
  });

  it('dispatches an SES event with the envelope, the real headers and PASS verdicts', async () => {
    const id = await receive();
    const record = dispatched[0]?.event.Records[0]?.ses;
    expect(record?.mail).toMatchObject({
      messageId: id,
      source: 'anna@example.net',
      destination: ['support@example.com'],
      timestamp: '2026-11-23T09:00:05.000Z',
      commonHeaders: {
        from: ['Anna Bianchi <anna@example.net>'],
        to: ['support@example.com', 'Other <other@example.com>'],
        replyTo: ['anna.work@example.net'],
        subject: 'Il sito è giù',
        messageId: '<m1@example.net>',
        date: 'Mon, 23 Nov 2026 10:00:00 +0100',
      },
    });
    expect(record?.mail.headers).toContainEqual({ name: 'X-SES-Spam-Verdict', value: 'PASS' });
    expect(record?.mail.headers).toContainEqual({ name: 'Message-ID', value: '<m1@example.net>' });
    expect(record?.receipt).toMatchObject({
      spamVerdict: { status: 'PASS' },
      virusVerdict: { status: 'PASS' },
    });
  });

  it('keeps the event in the journal until it is done', async () => {
    const id = await receive();
    expect((await journal.pending()).map((event) => event.Records[0]?.ses.mail.messageId)).toEqual([id]);
    await journal.done(id);
    expect(await journal.pending()).toEqual([]);
  });

  it('moves an event that kept failing to failed, with the reason', async () => {
    const id = await receive();
    await journal.fail(id, 'TicketStoreError: table missing');
    expect(await journal.pending()).toEqual([]);
    expect(await journal.failed()).toEqual([id]);
    expect(await readFile(join(dir, 'inbound', 'failed', `${id}.json.reason.txt`), 'utf8')).toContain(
      'table missing',
    );
  });
});
