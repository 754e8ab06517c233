import { afterAll, describe, expect, it } from 'vitest';
import { HttpSes, sesEndpoint } from '../../../lib/aws/ses-api';
import { SesMailSender } from '../../../lib/aws/ses-mail-sender';
import { MailSendError } from '../../../lib/tickets/errors';
import { startSesPeer } from '../../../local/ses-peer';
import { startFakeS3 } from '../../support/fake-s3';

const raw = new TextEncoder().encode(
  'From: support@example.com\r\nTo: anna@example.net\r\nMessage-ID: <ack.1@example.com>\r\nSubject: [#2026-000001] Re: hi\r\n\r\nCiao Anna & co.\r\n',
);
const mail = { from: 'support@example.com', to: ['anna@example.net'], raw, messageId: 'ack.1@example.com' };
const keys = { accessKeyId: 'local', secretAccessKey: 'local' };

describe('HttpSes against aws-ses-v2-local (SES v1 Query protocol)', async () => {
  const peer = await startSesPeer(0);
  afterAll(async () => peer.stop());
  const ses = new HttpSes({ endpoint: new URL(peer.endpoint), region: 'eu-west-1', credentials: keys });

  it('delivers the raw bytes and answers with the MessageId SES gave them', async () => {
    const sent = await new SesMailSender(ses, { configurationSet: 'desk' }).send(mail);
    expect(sent.providerId).toMatch(/\S+/);
    expect(sent.threadIds).toEqual([
      'ack.1@example.com',
      `${sent.providerId}@email.amazonses.com`,
      `${sent.providerId}@eu-west-1.amazonses.com`,
    ]);
    const store = (await (await fetch(peer.storeUrl)).json()) as {
      emails: { messageId: string; subject: string; body: { text: string } }[];
    };
    const stored = store.emails.find((email) => email.messageId === sent.providerId);
    expect(stored?.subject).toBe('[#2026-000001] Re: hi');
    expect(stored?.body.text.trim()).toBe('Ciao Anna & co.');
  });
});

describe('HttpSes error answers (SES v1 XML)', async () => {
  const fake = await startFakeS3();
  afterAll(async () => fake.close());
  const ses = new HttpSes({
    endpoint: fake.endpoint,
    region: 'eu-west-1',
    credentials: keys,
    maxAttempts: 1,
  });
  const answerError = (status: number, code: string, message: string) =>
    fake.handle((_, response) => {
      response.writeHead(status, { 'content-type': 'text/xml' });
      response.end(
        `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`,
      );
    });

  it.each([
    ['throttling', 400, 'Throttling', true],
    ['a 5xx', 503, 'ServiceUnavailable', true],
    ['a rejected message', 400, 'MessageRejected', false],
  ])('turns %s into a MailSendError that says whether to retry', async (_, status, code, retryable) => {
    answerError(status, code, 'Email address is not verified &amp; so on');
    const failure = await new SesMailSender(ses, { configurationSet: undefined })
      .send(mail)
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MailSendError);
    expect((failure as MailSendError).retryable).toBe(retryable);
    expect(((failure as MailSendError).cause as Error).name).toBe(code);
    expect(((failure as MailSendError).cause as Error).message).toBe('Email address is not verified & so on');
  });

  it('sends the form SES expects: every destination as a member, the bytes in base64', async () => {
    let body = '';
    fake.handle((request, response) => {
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'text/xml' });
        response.end(
          '<SendRawEmailResponse><SendRawEmailResult><MessageId>m-1</MessageId></SendRawEmailResult></SendRawEmailResponse>',
        );
      });
    });
    await ses.sendRawEmail({
      Source: 'support@example.com',
      Destinations: ['a@example.net', 'b+x@example.net'],
      RawMessage: { Data: raw },
      ConfigurationSetName: 'desk',
    });
    const form = new URLSearchParams(body);
    expect(form.get('Action')).toBe('SendRawEmail');
    expect(form.get('Version')).toBe('2010-12-01');
    expect(form.get('Destinations.member.1')).toBe('a@example.net');
    expect(form.get('Destinations.member.2')).toBe('b+x@example.net');
    expect(Buffer.from(form.get('RawMessage.Data') ?? '', 'base64').equals(Buffer.from(raw))).toBe(true);
    expect(form.get('ConfigurationSetName')).toBe('desk');
  });

  it("points at SES v1's regional endpoint by default", () => {
    expect(sesEndpoint('eu-south-1').href).toBe('https://email.eu-south-1.amazonaws.com/');
  });
});
