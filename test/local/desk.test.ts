import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SESEvent } from 'aws-lambda';
import { createTransport } from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DeskHandlers, startDesk } from '../../local/desk';
import { InboundJournal } from '../../local/inbound-journal';
import { dataPaths, type LocalSettings, readLocalSettings } from '../../local/settings';

const mail = ['From: anna@example.net', 'To: support@example.com', 'Subject: Aiuto', '', 'Testo.', ''].join(
  '\r\n',
);

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await sleep(10);
}

describe('startDesk', () => {
  let settings: LocalSettings;
  let events: SESEvent[];
  let lines: string[];
  let storedRaw: Map<string, string>;
  const out = {
    line: (text: string) => lines.push(text),
    problem: (text: string) => lines.push(`! ${text}`),
  };
  const handlers = (): DeskHandlers => ({
    ingest: async (event) => {
      events.push(event);
      return { ticket: '2026-000001', outcome: 'created', language: 'it', priority: 'P3' };
    },
    supportAddresses: ['support@example.com'],
    storeRaw: async (id, copy) => {
      storedRaw.set(id, Buffer.from(copy).toString('utf8'));
    },
  });

  beforeEach(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'desk-'));
    settings = { ...readLocalSettings({ DATA_DIR: dataDir }, '/'), smtpPort: 0 };
    events = [];
    lines = [];
    storedRaw = new Map();
  });
  afterEach(async () => {
    await rm(settings.dataDir, { recursive: true, force: true });
  });

  it('hands accepted mail to the ingest handler with its raw copy stored, and prints one line', async () => {
    const desk = await startDesk(settings, handlers(), out, () => new Date());
    const transport = createTransport({ host: '127.0.0.1', port: desk.smtpPort, ignoreTLS: true });
    await transport.sendMail({
      envelope: { from: 'anna@example.net', to: 'support@example.com' },
      raw: mail,
    });
    await until(() => lines.length > 0);
    await desk.stop();
    const id = events[0]?.Records[0]?.ses.mail.messageId ?? '';
    expect(storedRaw.get(id)).toContain('Subject: Aiuto');
    expect(lines).toEqual([`mail 2026-000001 create it P3 ${id}`]);
  });

  it('moves raw mail an older desk kept in .data/raw into the S3 peer before replaying the journal', async () => {
    const legacy = dataPaths(settings).legacyRaw;
    await mkdir(legacy, { recursive: true });
    await writeFile(join(legacy, 'old-id'), 'Subject: left over\r\n\r\nbody');
    await writeFile(join(legacy, 'old-id2.part'), 'Subject: half');
    const desk = await startDesk(settings, handlers(), out, () => new Date());
    await desk.stop();
    expect([...storedRaw.keys()]).toEqual(['old-id']);
    expect(storedRaw.get('old-id')).toContain('Subject: left over');
    expect(lines).toContain(`moved 1 raw message(s) from ${legacy} into the local S3`);
    await expect(stat(legacy)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('processes at start what a previous run accepted but did not finish', async () => {
    const journal = new InboundJournal(dataPaths(settings).inbound);
    await journal.open();
    const event = {
      Records: [{ ses: { mail: { messageId: 'left-over', timestamp: '2026-11-23T09:00:00Z' } } }],
    };
    await journal.record('left-over', event as unknown as SESEvent);
    const desk = await startDesk(settings, handlers(), out, () => new Date());
    await until(() => lines.length > 0);
    await desk.stop();
    expect(lines).toEqual(['mail 2026-000001 create it P3 left-over']);
    expect(await journal.pending()).toEqual([]);
  });
});
