import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SESEvent } from 'aws-lambda';

/**
 * The local stand-in for Lambda's event queue: every accepted message's SES event stays
 * under `pending/` until the ingest handler has processed it, so a crash or a stop loses
 * nothing (the desk replays them at start), and one that keeps failing moves to `failed/`
 * with the reason, kept for an operator instead of dropped.
 */
export class InboundJournal {
  constructor(private readonly dir: string) {}

  /** Creates the folders; call once before use. */
  async open(): Promise<void> {
    await mkdir(join(this.dir, 'pending'), { recursive: true });
    await mkdir(join(this.dir, 'failed'), { recursive: true });
  }

  /** Keeps the event of one accepted message until it is done. */
  async record(messageId: string, event: SESEvent): Promise<void> {
    const file = this.file('pending', messageId);
    await writeFile(`${file}.tmp`, JSON.stringify(event));
    await rename(`${file}.tmp`, file);
  }

  /** Forgets a processed message's event. */
  async done(messageId: string): Promise<void> {
    await rm(this.file('pending', messageId), { force: true });
  }

  /** Moves an event the handler kept failing on to `failed/`, next to the reason. */
  async fail(messageId: string, reason: string): Promise<void> {
    await writeFile(`${this.file('failed', messageId)}.reason.txt`, `${reason}\n`);
    await rename(this.file('pending', messageId), this.file('failed', messageId));
  }

  /** Events accepted but not yet processed, oldest first. */
  async pending(): Promise<SESEvent[]> {
    const names = (await readdir(join(this.dir, 'pending'))).filter((name) => name.endsWith('.json'));
    const events = await Promise.all(
      names.map(
        async (name) => JSON.parse(await readFile(join(this.dir, 'pending', name), 'utf8')) as SESEvent,
      ),
    );
    return events.sort((a, b) => timestampOf(a).localeCompare(timestampOf(b)));
  }

  /** Names of the messages kept in `failed/`. */
  async failed(): Promise<string[]> {
    const names = await readdir(join(this.dir, 'failed'));
    return names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
  }

  private file(state: 'pending' | 'failed', messageId: string): string {
    return join(this.dir, state, `${messageId}.json`);
  }
}

function timestampOf(event: SESEvent): string {
  return event.Records[0]?.ses.mail.timestamp ?? '';
}
