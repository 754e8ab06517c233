import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/send';
import { UsageError } from '../../cli/usage-error';
import type { Envelope } from '../../local/received-copy';
import { type SmtpIntake, startSmtpIntake } from '../../local/smtp-intake';
import { loadOrCreateCertificate } from '../../local/tls-certificate';

describe('support-desk send', () => {
  const envelopes: Envelope[] = [];
  let intake: SmtpIntake;
  let dataDir: string;
  let stdout: string;
  let stderr: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'desk-send-'));
    intake = await startSmtpIntake({
      port: 0,
      maxBytes: 100_000,
      certificate: await loadOrCreateCertificate(dataDir, new Date()),
      acceptsRecipient: (address) => address === 'support@example.com',
      deliver: async (_raw, envelope) => {
        envelopes.push(envelope);
        return 'abc123';
      },
    });
    vi.stubEnv('SMTP_PORT', String(intake.port));
    vi.stubEnv('DATA_DIR', dataDir);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await intake.stop();
    await rm(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    stdout = '';
    stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      stdout += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
  });

  it('delivers a sample over SMTP (with STARTTLS on the desk certificate) and prints the reply', async () => {
    const code = await run(['examples/mail/en-complete-request.eml']);
    vi.restoreAllMocks();
    expect({ code, stdout, stderr }).toEqual({
      code: 0,
      stdout: 'examples/mail/en-complete-request.eml: 250 Ok: queued as abc123\n',
      stderr: '',
    });
    expect(envelopes.at(-1)).toEqual({
      mailFrom: 'peter.brown@example.org',
      rcptTo: ['support@example.com'],
    });
  });

  it('sends a bounce with the empty envelope sender of its Return-Path', async () => {
    await run(['examples/mail/bounce.eml']);
    vi.restoreAllMocks();
    expect(envelopes.at(-1)?.mailFrom).toBe('');
  });

  it('exits 1 with the SMTP reply when the desk refuses the recipient', async () => {
    const code = await run(['examples/mail/foreign-recipient.eml']);
    vi.restoreAllMocks();
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^examples\/mail\/foreign-recipient\.eml: refused: 550 5\.1\.1 <sales@example\.org>/,
    );
  });

  it('sends to the recipient given with --to instead of the headers', async () => {
    await run(['examples/mail/foreign-recipient.eml', '--to', 'support@example.com']);
    vi.restoreAllMocks();
    expect(envelopes.at(-1)?.rcptTo).toEqual(['support@example.com']);
  });

  it.each([
    { args: [], message: 'usage: support-desk send' },
    { args: ['missing.eml'], message: 'missing.eml: no such file' },
    { args: ['a.eml', 'b.eml'], message: 'usage: support-desk send' },
    { args: ['a.eml', '--cc', 'x'], message: "Unknown option '--cc'" },
  ])('rejects $args with one line naming the problem', async ({ args, message }) => {
    await expect(run(args)).rejects.toThrow(UsageError);
    await expect(run(args)).rejects.toThrow(message);
  });

  it('says the desk is not running when nothing listens', async () => {
    vi.stubEnv('SMTP_PORT', '1');
    await expect(run(['examples/mail/en-complete-request.eml'])).rejects.toThrow(
      'no local desk answers at smtp://127.0.0.1:1',
    );
    vi.stubEnv('SMTP_PORT', String(intake.port));
  });
});
