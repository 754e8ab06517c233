import { writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { isAbsolute, join } from 'node:path';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { detect } from 'tinyld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDeskConfig } from '../../lib/aws/desk-config-item';
import { sdkDynamoDb } from '../../lib/aws/sdk/dynamodb-api';
import { INTERNAL_MARKER } from '../../lib/compose/internal-marker';
import { DEFAULT_DESK_FILE } from '../../lib/desk';
import { LocalDesk, type OutboxEmail, realProblems } from './support/local-desk';
import { alive, descendants } from './support/process-tree';
import { type ListedTicket, listTickets, ticketOf } from './support/ticket-list';

const mailLines = (desk: LocalDesk) => desk.lines.filter((line) => line.startsWith('mail '));
const to = (email: OutboxEmail) => email.destination.to.join(',');

function portClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

// One desk, one story: each step builds on the tickets of the steps before it.
describe('the local desk, end to end over SMTP, the SES outbox and the CLI', () => {
  let desk: LocalDesk;

  beforeAll(async () => {
    desk = await LocalDesk.create({ SMTP_MAX_BYTES: '200000' });
    await desk.start();
  });
  afterAll(async () => {
    await desk.dispose();
  });

  /** Sends a sample through the CLI and waits until the desk printed its line for it. */
  async function deliver(file: string): Promise<string> {
    const before = mailLines(desk).length;
    const sent = await desk.cli(['send', isAbsolute(file) ? file : `examples/mail/${file}`]);
    expect(sent.stderr).toBe('');
    expect(sent.stdout).toMatch(/250 Ok: queued as [a-z0-9]{40}/);
    const lines = await desk.waitForCount((line) => line.startsWith('mail '), before + 1);
    return lines[before]!;
  }

  async function newEmailsAfter(count: number, expected: number): Promise<OutboxEmail[]> {
    for (let i = 0; i < 200; i += 1) {
      const emails = await desk.outbox();
      if (emails.length >= count + expected) return emails.slice(count);
      await new Promise((done) => setTimeout(done, 25));
    }
    return (await desk.outbox()).slice(count);
  }

  it('says where everything listens before it says ready', () => {
    const banner = desk.lines.join('\n');
    expect(banner).toContain(`smtp://127.0.0.1:${desk.env.SMTP_PORT}`);
    expect(banner).toContain(`http://127.0.0.1:${desk.env.SES_PORT}/`);
    expect(banner).toContain(`http://127.0.0.1:${desk.env.DYNAMODB_PORT}`);
    expect(banner).toContain(`http://127.0.0.1:${desk.env.S3_PORT}  bucket support-desk-raw`);
    expect(banner).toContain(`AWS edge    ${desk.edgeEndpoint}  AWS_ENDPOINT_URL for DynamoDB, SES, S3,`);
    expect(banner).toContain('npx support-desk send examples/mail/');
  });

  it('answers as AWS on its edge: the stack local names its resources, its table holds the desk', async () => {
    const config = {
      endpoint: desk.edgeEndpoint,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    };
    const cloudFormation = new CloudFormationClient(config);
    const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: 'local' }));
    cloudFormation.destroy();
    const outputs = Object.fromEntries((Stacks?.[0]?.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
    expect(Stacks?.[0]?.StackStatus).toBe('CREATE_COMPLETE');
    expect(outputs).toMatchObject({
      TicketTableName: 'support-desk-local',
      RawMessageBucketName: 'support-desk-raw',
      SupportAddress: 'support@example.com',
    });
    const dynamoDb = new DynamoDBClient(config);
    const stored = await getDeskConfig({
      client: sdkDynamoDb(dynamoDb),
      tableName: outputs.TicketTableName!,
    });
    dynamoDb.destroy();
    expect(stored?.source).toBe('embedded default desk (support@example.com)');
    expect(JSON.parse(stored?.json ?? 'null')).toEqual(DEFAULT_DESK_FILE);
  });

  it('answers a complete Italian request in Italian, with its ticket number and deadlines', async () => {
    const line = await deliver('it-complete-request.eml');
    const [ack] = await newEmailsAfter(0, 1);
    const ticket = ticketOf(await listTickets(desk), 'anna.bianchi@example.net');
    expect(line).toMatch(new RegExp(`^mail ${ticket.number} create it P3 `));
    expect(to(ack!)).toContain('anna.bianchi@example.net');
    expect(ack!.subject).toContain(`[#${ticket.number}]`);
    expect(detect(ack!.body.text ?? '')).toBe('it');
    expect(ticket).toMatchObject({ status: 'open', language: 'it', priority: 'P3', missingFields: [] });
    // ISO 8601 in the calendar's offset. Mail received in business hours keeps the receipt's
    // milliseconds (due = receipt + 8 business hours); out of hours the due time is an opening, whole.
    expect(ticket.deadlines.takeCharge).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?[+-]\d\d:\d\d$/);
    expect(Date.parse(ticket.deadlines.takeCharge ?? '')).toBeGreaterThan(Date.now());
    expect(ticket.deadlines.resolution).not.toBeNull();
  });

  it('tells the operators of the new ticket in their own email, from the support address', async () => {
    const ticket = ticketOf(await listTickets(desk), 'anna.bianchi@example.net');
    const [, notice] = await newEmailsAfter(0, 2);
    expect(to(notice!)).toBe('operators@example.com');
    expect(notice!.from).toContain('support@example.com');
    expect(notice!.subject).toBe(`[#${ticket.number}] Nuovo ticket: ${ticket.subject}`);
    const text = notice!.body.text ?? '';
    expect(text.split('\n')[0]).toBe(INTERNAL_MARKER);
    expect(text).toContain(`Nuovo ticket ${ticket.number} da anna.bianchi@example.net`);
    expect(text).toContain('Come rispondere');
    const downloaded = await desk.downloadedEml(notice!.messageId);
    expect(downloaded).toMatch(/^Reply-To: support@example\.com\r?$/m);
  });

  it('threads onto the ticket a reply to the downloaded acknowledgement, by its Message-ID alone', async () => {
    const ticket = ticketOf(await listTickets(desk), 'anna.bianchi@example.net');
    const [ack] = (await desk.outbox()).filter((email) => email.subject.includes(`[#${ticket.number}]`));
    const downloaded = await desk.downloadedEml(ack!.messageId);
    const messageId = /^Message-ID:\s*(<[^>\r\n]{1,200}>)/im.exec(downloaded)?.[1];
    expect(messageId).toBe(`<${ack!.messageId}@email.amazonses.com>`);
    // A subject without the ticket token: only In-Reply-To can tie the reply to the ticket.
    const reply = join(desk.dataDir, 'reply-to-downloaded-ack.eml');
    await writeFile(
      reply,
      [
        'From: Anna Bianchi <anna.bianchi@example.net>',
        'To: support@example.com',
        'Subject: Re: la vostra ricevuta',
        'Date: Mon, 23 Nov 2026 11:00:00 +0100',
        'Message-ID: <reply-to-downloaded-ack@example.net>',
        `In-Reply-To: ${messageId}`,
        `References: ${messageId}`,
        '',
        'Grazie, aggiungo che il problema si presenta anche da Firefox.',
        '',
      ].join('\r\n'),
    );
    const before = (await listTickets(desk)).length;
    const line = await deliver(reply);
    expect(line).toMatch(new RegExp(`^mail ${ticket.number} reply `));
    expect(await listTickets(desk)).toHaveLength(before);
  });

  it('asks an English customer in English for exactly the fields missing, with no deadlines yet', async () => {
    const count = (await desk.outbox()).length;
    await deliver('en-missing-fields.eml');
    const [ack] = await newEmailsAfter(count, 1);
    const ticket = ticketOf(await listTickets(desk), 'john.carter@example.org');
    expect(detect(ack!.body.text ?? '')).toBe('en');
    expect(ack!.subject).toContain(`[#${ticket.number}]`);
    expect(ticket).toMatchObject({
      status: 'awaiting-info',
      language: 'en',
      deadlines: { takeCharge: null, resolution: null },
    });
    expect([...ticket.missingFields].sort()).toEqual(['browser', 'detectedAt', 'screenshot', 'url']);
  });

  it('makes an URGENTE outage priority P1', async () => {
    const line = await deliver('it-urgente-outage.eml');
    const ticket = ticketOf(await listTickets(desk), 'marco.rossi@example.net');
    expect(line).toMatch(/ create it P1 /);
    expect(ticket).toMatchObject({ priority: 'P1', urgent: true, status: 'open' });
  });

  it('ignores an out-of-office: no ticket, no answer', async () => {
    const tickets = await listTickets(desk);
    const count = (await desk.outbox()).length;
    const line = await deliver('it-out-of-office.eml');
    expect(line).toMatch(/^mail - ignore auto-reply /);
    expect(await listTickets(desk)).toEqual(tickets);
    expect((await desk.outbox()).length).toBe(count);
  });

  it('creates nothing and sends nothing for a second delivery of the same message', async () => {
    const tickets = await listTickets(desk);
    const count = (await desk.outbox()).length;
    await deliver('it-complete-request.eml');
    expect(await listTickets(desk)).toEqual(tickets);
    expect((await desk.outbox()).length).toBe(count);
  });

  it('refuses a foreign recipient with 550 at RCPT and keeps nothing', async () => {
    const before = mailLines(desk).length;
    const sent = await desk.cli(['send', 'examples/mail/foreign-recipient.eml']);
    expect(sent.code).toBe(1);
    expect(sent.stderr).toMatch(/^examples\/mail\/foreign-recipient\.eml: refused: 550 /);
    await new Promise((done) => setTimeout(done, 300));
    expect(mailLines(desk).length).toBe(before);
  });

  it('refuses a message over the size limit with 552', async () => {
    const big = join(desk.dataDir, 'big.eml');
    await writeFile(
      big,
      `From: anna.bianchi@example.net\r\nTo: support@example.com\r\nSubject: big\r\n\r\n${'x'.repeat(300_000)}\r\n`,
    );
    const sent = await desk.cli(['send', big]);
    expect(sent.code).toBe(1);
    expect(sent.stderr).toContain('refused: 552');
  });

  it('starts the clock when the customer replies with what was missing', async () => {
    const before = ticketOf(await listTickets(desk), 'john.carter@example.org');
    const line = await deliver('en-reply-completing-fields.eml');
    const after = ticketOf(await listTickets(desk), 'john.carter@example.org');
    expect(line).toMatch(new RegExp(`^mail ${before.number} reply `));
    expect(after).toMatchObject({ number: before.number, status: 'open', missingFields: [] });
    expect(after.deadlines.takeCharge).not.toBeNull();
    expect(after.deadlines.resolution).not.toBeNull();
  });

  it('lets an operator take charge from the CLI, and tells the customer', async () => {
    const ticket = ticketOf(await listTickets(desk), 'marco.rossi@example.net');
    const count = (await desk.outbox()).length;
    const result = await desk.cli(['tickets', 'take-charge', ticket.number, '--as', 'operators@example.com']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [told] = await newEmailsAfter(count, 1);
    expect(to(told!)).toContain('marco.rossi@example.net');
    expect(told!.subject).toContain(`[#${ticket.number}]`);
    expect(ticketOf(await listTickets(desk), 'marco.rossi@example.net').status).toBe('in-progress');
  });

  describe('across restarts', () => {
    let tickets: ListedTicket[];

    it('stops on SIGTERM in under 10 seconds, leaving no port open and no child process', async () => {
      tickets = await listTickets(desk);
      const pid = desk.pid!;
      // The peers run in a thread of the desk's process, not in a child: the desk has no child to leave.
      expect(descendants(pid)).toEqual([]);
      const stopped = await desk.stop();
      expect(alive(pid)).toBe(false);
      expect(stopped.code).toBe(0);
      expect(stopped.ms).toBeLessThan(10_000);
      const { SMTP_PORT, SES_PORT, DYNAMODB_PORT, S3_PORT, EDGE_PORT } = desk.env;
      const ports = [SMTP_PORT, SES_PORT, DYNAMODB_PORT, S3_PORT, EDGE_PORT].map(Number);
      expect(await Promise.all(ports.map(portClosed))).toEqual([true, true, true, true, true]);
    });

    it('keeps every ticket after a restart', async () => {
      await desk.start();
      expect(await listTickets(desk)).toEqual(tickets);
    });

    it('fires the reminders still pending after the restart, each once, and prints what it sent', async () => {
      const count = (await desk.outbox()).length;
      const first = await desk.cli(['reminders', 'run-due', '--at', '2027-06-30T12:00:00Z']);
      expect(first.code).toBe(0);
      expect(realProblems(first.stderr)).toEqual([]);
      const sentLines = first.stdout.split('\n').filter((line) => / sent to /.test(line));
      expect(sentLines.length).toBeGreaterThan(0);
      expect(first.stdout).toMatch(/take-charge-due/);
      const emails = await newEmailsAfter(count, sentLines.length);
      expect(emails).toHaveLength(sentLines.length);
      const second = await desk.cli(['reminders', 'run-due', '--at', '2027-06-30T12:00:00Z']);
      expect(second.code).toBe(0);
      expect(second.stdout.split('\n').filter((line) => line.startsWith('reminder '))).toEqual([]);
      expect((await desk.outbox()).length).toBe(count + emails.length);
    });

    it('keeps fired reminders fired across another restart', async () => {
      await desk.stop();
      await desk.start();
      const again = await desk.cli(['reminders', 'run-due', '--at', '2027-06-30T12:00:00Z']);
      expect(again.code).toBe(0);
      expect(again.stdout.split('\n').filter((line) => line.startsWith('reminder '))).toEqual([]);
      expect(await listTickets(desk)).toHaveLength(tickets.length);
    });
  });

  it('reported no problem on its error stream through all of it', () => {
    expect(realProblems(desk.errors)).toEqual([]);
  });
});
