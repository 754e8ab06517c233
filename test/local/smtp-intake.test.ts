import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../local/received-copy';
import { type SmtpIntake, startSmtpIntake } from '../../local/smtp-intake';
import { loadOrCreateCertificate } from '../../local/tls-certificate';

const MAX_BYTES = 4_000;
const message = (body: string) =>
  ['From: anna@example.net', 'To: support@example.com', 'Subject: Test', '', body, ''].join('\r\n');

describe('startSmtpIntake', () => {
  const delivered: Array<{ raw: string; envelope: Envelope }> = [];
  let intake: SmtpIntake;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-smtp-'));
    intake = await startSmtpIntake({
      port: 0,
      maxBytes: MAX_BYTES,
      certificate: await loadOrCreateCertificate(dir, new Date()),
      acceptsRecipient: (address) => address === 'support@example.com',
      deliver: async (raw, envelope) => {
        delivered.push({ raw: raw.toString('utf8'), envelope });
        return `id-${delivered.length}`;
      },
    });
  });
  afterAll(async () => {
    await intake.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const send = (to: string, raw: string, options: { requireTLS?: boolean; from?: string } = {}) =>
    createTransport({
      host: '127.0.0.1',
      port: intake.port,
      secure: false,
      requireTLS: options.requireTLS ?? false,
      ignoreTLS: !options.requireTLS,
      tls: { rejectUnauthorized: false },
    }).sendMail({ envelope: { from: options.from ?? 'anna@example.net', to }, raw });

  it('accepts mail for a desk address and hands over the bytes and the envelope', async () => {
    const info = await send('Support@Example.com', message('Il sito non funziona.'));
    expect(info.response).toMatch(/^250 Ok: queued as id-\d+/);
    expect(delivered.at(-1)?.envelope).toEqual({
      mailFrom: 'anna@example.net',
      rcptTo: ['support@example.com'],
    });
    expect(delivered.at(-1)?.raw).toContain('Il sito non funziona.');
  });

  it('refuses a foreign recipient with 550 at RCPT', async () => {
    const count = delivered.length;
    await expect(send('someone@example.org', message('x'))).rejects.toMatchObject({
      responseCode: 550,
      command: 'RCPT TO',
    });
    expect(delivered.length).toBe(count);
  });

  it('refuses a message over the size limit with 552 and keeps nothing', async () => {
    const count = delivered.length;
    await expect(send('support@example.com', message('x'.repeat(MAX_BYTES * 2)))).rejects.toMatchObject({
      responseCode: 552,
    });
    expect(delivered.length).toBe(count);
  });

  it('offers STARTTLS to a client that wants it', async () => {
    const info = await send('support@example.com', message('Cifrato.'), { requireTLS: true });
    expect(info.accepted).toEqual(['support@example.com']);
  });

  it('takes a bounce with an empty envelope sender', async () => {
    await send('support@example.com', message('Delivery failed.'), { from: '' });
    expect(delivered.at(-1)?.envelope.mailFrom).toBe('');
  });
});
