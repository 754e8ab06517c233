import { SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { describe, expect, it } from 'vitest';
import { startSesPeer } from '../../local/ses-peer';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const raw = [
  'From: support@example.com',
  'To: anna@example.net',
  'Subject: [#2026-000001] Ricevuta',
  'Message-ID: <ack-1@example.com>',
  '',
  'Abbiamo ricevuto la sua richiesta.',
  '',
].join('\r\n');

describe('startSesPeer', () => {
  it('shows what the SES client sent in its outbox store', async () => {
    const peer = await startSesPeer(0);
    const ses = new SESClient({ endpoint: peer.endpoint, region: 'eu-south-1', credentials });
    const sent = await ses.send(
      new SendRawEmailCommand({ Source: 'support@example.com', RawMessage: { Data: Buffer.from(raw) } }),
    );
    const store = (await (await fetch(peer.storeUrl)).json()) as {
      emails: Array<{ messageId: string; subject: string }>;
    };
    ses.destroy();
    await peer.stop();
    expect(store.emails).toEqual([
      expect.objectContaining({ messageId: sent.MessageId, subject: '[#2026-000001] Ricevuta' }),
    ]);
  });

  it("gives the outbox copy SES's Message-ID, <MessageId@email.amazonses.com>, which the desk records", async () => {
    const peer = await startSesPeer(0);
    const ses = new SESClient({ endpoint: peer.endpoint, region: 'eu-south-1', credentials });
    const sent = await ses.send(
      new SendRawEmailCommand({ Source: 'support@example.com', RawMessage: { Data: Buffer.from(raw) } }),
    );
    ses.destroy();
    const store = (await (await fetch(peer.storeUrl)).json()) as {
      emails: Array<{ messageId: string; headers?: Array<{ name: string; value: string }> }>;
    };
    const eml = (await (
      await fetch(`${peer.endpoint}/get-emlContent?messageId=${sent.MessageId}`)
    ).json()) as { body: { data: number[] } };
    await peer.stop();
    const header = `<${sent.MessageId}@email.amazonses.com>`;
    const stored = store.emails.find((email) => email.messageId === sent.MessageId);
    expect(stored?.headers).toEqual([{ name: 'Message-ID', value: header }]);
    const downloaded = Buffer.from(eml.body.data).toString('utf8');
    expect(downloaded.match(/^Message-ID: .*$/im)?.[0]).toBe(`Message-ID: ${header}`);
  });

  it('refuses a port another server holds', async () => {
    const holder = await startSesPeer(0);
    const attempt = startSesPeer(holder.port);
    await expect(attempt).rejects.toThrow(
      `SES (aws-ses-v2-local) cannot listen on 127.0.0.1:${holder.port} (the port is in use); set SES_PORT to a free port`,
    );
    await holder.stop();
  });

  it('stops with keep-alive clients still connected', async () => {
    const peer = await startSesPeer(0);
    await fetch(peer.storeUrl, { keepalive: true });
    await peer.stop();
    await expect(fetch(peer.storeUrl)).rejects.toThrow();
  });
});
