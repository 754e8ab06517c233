import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingSchedules } from '../../lib/aws/scheduler-listing';
import { LocalDesk, type OutboxEmail } from './support/local-desk';

const OPERATOR = 'operators@example.com';
const CUSTOMER = 'anna.bianchi@example.net';

// The operator's whole round on one ticket, through the code that works a deployed stack: the CLI
// addressed as `--stack local` through the edge endpoint (AWS_ENDPOINT_URL), never the peers' ports.
describe('operators work the local desk as a stack, end to end', () => {
  let desk: LocalDesk;
  let number: string;
  let stack: (args: readonly string[]) => ReturnType<LocalDesk['cli']>;
  let scheduler: SchedulerClient;

  beforeAll(async () => {
    desk = await LocalDesk.create();
    await desk.start();
    const edge = `http://127.0.0.1:${desk.env.EDGE_PORT}`;
    // Only the edge: the peers' own ports are withheld, so nothing can reach them but through it.
    stack = (args) =>
      desk.cli([...args, '--stack', 'local'], { AWS_ENDPOINT_URL: edge, EDGE_PORT: '', DYNAMODB_PORT: '' });
    scheduler = new SchedulerClient({
      endpoint: edge,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
  });
  afterAll(async () => {
    scheduler.destroy();
    await desk.dispose();
  });

  async function customerEmails(): Promise<OutboxEmail[]> {
    return (await desk.outbox()).filter((email) => email.destination.to.includes(CUSTOMER));
  }

  async function customerEmailsAfter(count: number): Promise<OutboxEmail[]> {
    for (let i = 0; i < 200; i += 1) {
      const emails = await customerEmails();
      if (emails.length > count) return emails.slice(count);
      await new Promise((done) => setTimeout(done, 25));
    }
    return [];
  }

  const pendingNames = async () =>
    (await pendingSchedules(scheduler, 'support-desk-local', `${number}-`)).map((s) => s.name).sort();

  it('opens a ticket for mail received over SMTP, and lists it through the edge', async () => {
    const sent = await desk.cli(['send', 'examples/mail/it-complete-request.eml']);
    expect(sent.code).toBe(0);
    await desk.waitFor((line) => line.startsWith('mail ') && line.includes(' create '));
    const listed = await stack(['tickets', 'list', '--json']);
    expect(listed.stderr).toBe('');
    const tickets = JSON.parse(listed.stdout) as Array<{ number: string; customer: string }>;
    number = tickets.find((ticket) => ticket.customer === CUSTOMER)!.number;
    expect(await pendingNames()).toEqual([
      `${number}-resolution-due`,
      `${number}-resolution-warning`,
      `${number}-take-charge-due`,
      `${number}-take-charge-warning`,
    ]);
  });

  it('takes it in charge: the customer is told, with the expected resolution, and take-charge reminders go', async () => {
    const before = (await customerEmails()).length;
    const result = await stack([
      'tickets',
      'take-charge',
      number,
      '--as',
      OPERATOR,
      '--expect',
      '2030-01-15T12:00:00Z',
    ]);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(`${number} in-progress, customer told`);
    const [told] = await customerEmailsAfter(before);
    expect(told?.subject).toContain(`[#${number}]`);
    expect(await pendingNames()).toEqual([`${number}-resolution-due`, `${number}-resolution-warning`]);
  });

  it('refuses a step by someone who is not one of the desk operators, changing nothing', async () => {
    const result = await stack(['tickets', 'resolve', number, '--as', 'mallory@example.org']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(
      /^support-desk tickets: "mallory@example\.org" is not an operator address of this desk/,
    );
    expect(await pendingNames()).toHaveLength(2);
  });

  it('resolves it: the customer is told and no reminder is left', async () => {
    const before = (await customerEmails()).length;
    const result = await stack(['tickets', 'resolve', number, '--as', OPERATOR]);
    expect(result.stdout.trim()).toBe(`${number} resolved, customer told`);
    expect(await customerEmailsAfter(before)).toHaveLength(1);
    expect(await pendingNames()).toEqual([]);
  });

  it('closes it, then reopens it with a fresh resolution clock', async () => {
    const before = (await customerEmails()).length;
    expect((await stack(['tickets', 'close', number, '--as', OPERATOR])).stdout.trim()).toBe(
      `${number} closed, customer told`,
    );
    const reopened = await stack(['tickets', 'reopen', number, '--as', OPERATOR]);
    expect(reopened.stdout.trim()).toBe(`${number} in-progress, customer told`);
    expect(await customerEmailsAfter(before)).toHaveLength(2);
    expect(await pendingNames()).toEqual([`${number}-r1-resolution-due`, `${number}-r1-resolution-warning`]);
  });

  it('shows the whole history: the request with its own words, the emails sent, each step with who took it', async () => {
    const result = await stack(['tickets', 'show', number, '--json']);
    expect(result.stderr).toBe('');
    const shown = JSON.parse(result.stdout) as {
      history: Array<{
        type: string;
        action?: string;
        actor?: string;
        direction?: string;
        ownWords?: string;
      }>;
      explanations: { resolution: { counted: unknown[] } | null };
    };
    const steps = shown.history.filter((entry) => entry.type === 'step');
    expect(steps.map((step) => [step.action, step.actor])).toEqual([
      ['take-charge', OPERATOR],
      ['resolve', OPERATOR],
      ['close', OPERATOR],
      ['reopen', OPERATOR],
    ]);
    const received = shown.history.find((entry) => entry.type === 'message' && entry.direction === 'in');
    expect(received?.ownWords).toMatch(/\w+/);
    expect(shown.history.filter((entry) => entry.direction === 'out').length).toBeGreaterThanOrEqual(5);
    expect(shown.explanations.resolution?.counted.length).toBeGreaterThan(0);
  });

  it('keeps its data readable by its owner only', async () => {
    const open: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (((await stat(path)).mode & 0o077) !== 0) open.push(path);
        if (entry.isDirectory()) await walk(path);
      }
    };
    await walk(desk.dataDir);
    expect(open).toEqual([]);
  });

  it('lists the pending reminders of the ticket with the same command as on AWS', async () => {
    const result = await stack(['reminders', 'list', number, '--json']);
    const rows = JSON.parse(result.stdout) as Array<{ ticket: string; kind: string }>;
    expect(rows.map((row) => row.kind)).toEqual(['resolution-warning', 'resolution-due']);
  });
});
