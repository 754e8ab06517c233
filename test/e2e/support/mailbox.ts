import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { LocalDesk, OutboxEmail } from './local-desk';

/**
 * Mail to and from a running local desk as its users see it: emails sent over SMTP with the CLI's
 * `send` (each awaited until the desk has processed it), the SES outbox read by recipient, and a
 * ticket shown as `tickets show --json` prints it. Files go to a temporary folder of its own.
 */
export class Mailbox {
  private sent = 0;

  private constructor(
    private readonly desk: LocalDesk,
    /** Where the emails sent and any file a test writes go. */
    readonly files: string,
  ) {}

  static async open(desk: LocalDesk, prefix: string): Promise<Mailbox> {
    return new Mailbox(desk, await mkdtemp(join(tmpdir(), `${prefix}-`)));
  }

  /** Sends a file of examples/mail (or any path) and returns the number of the ticket it opened. */
  async open(path: string): Promise<string> {
    const result = await this.desk.cli(['send', path]);
    expect(result.code).toBe(0);
    this.sent += 1;
    const lines = await this.desk.waitForCount((l) => l.startsWith('mail '), this.sent);
    const number = lines[this.sent - 1]?.split(' ')[1] ?? '';
    expect(number).toMatch(/^\d{4}-\d{6}$/);
    return number;
  }

  /** Sends an email of these header and body lines over SMTP and waits until the desk has processed it. */
  async mailIn(name: string, lines: readonly string[]): Promise<void> {
    const path = join(this.files, `${name}.eml`);
    await writeFile(path, `${lines.join('\r\n')}\r\n`);
    this.sent += 1;
    const result = await this.desk.cli(['send', path]);
    expect(result.stderr).toBe('');
    await this.desk.waitForCount((line) => line.startsWith('mail '), this.sent);
  }

  /** Every email in the outbox to `address`, oldest first. */
  async emailsTo(address: string): Promise<OutboxEmail[]> {
    return (await this.desk.outbox()).filter((email) => email.destination.to.includes(address));
  }

  /** The ticket as `tickets show --json` prints it. */
  async ticket<T>(number: string): Promise<T> {
    const shown = await this.desk.cli(['tickets', 'show', number, '--json']);
    expect(shown.stderr).toBe('');
    return JSON.parse(shown.stdout) as T;
  }

  async dispose(): Promise<void> {
    await rm(this.files, { recursive: true, force: true });
  }
}
