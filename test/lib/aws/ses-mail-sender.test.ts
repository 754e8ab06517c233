import { SESClient, SESServiceException, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { sdkSes } from '../../../lib/aws/sdk/ses-api';
import { SesMailSender } from '../../../lib/aws/ses-mail-sender';
import type { OutgoingMail } from '../../../lib/ports/mail-sender';
import { MailSendError } from '../../../lib/tickets/errors';

const ses = mockClient(SESClient);
// The adapter's own logic over the SDK client's mock; the hand-signed client's wire format is
// tested in ses-api.test.ts, against aws-ses-v2-local and a stand-in that answers SES's errors.
const client = sdkSes(
  new SESClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  }),
);
const raw = new TextEncoder().encode(
  'From: support@example.com\r\nTo: anna@example.net\r\nMessage-ID: <ack.1@example.com>\r\nIn-Reply-To: <a@example.net>\r\nSubject: [#2026-000001] Re: hi\r\n\r\nHello\r\n',
);
const mail: OutgoingMail = {
  from: 'support@example.com',
  to: ['anna@example.net'],
  raw,
  messageId: 'ack.1@example.com',
};

describe('SesMailSender', () => {
  afterEach(() => ses.reset());

  it('sends the bytes untouched with Source, Destinations and the configuration set', async () => {
    ses.on(SendRawEmailCommand).resolves({ MessageId: '0102abc' });
    await new SesMailSender(client, { configurationSet: 'desk' }).send(mail);
    const input = ses.commandCalls(SendRawEmailCommand)[0]?.args[0].input;
    expect(input?.Source).toBe('support@example.com');
    expect(input?.Destinations).toEqual(['anna@example.net']);
    expect(input?.ConfigurationSetName).toBe('desk');
    expect(input?.RawMessage?.Data).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(input?.RawMessage?.Data)).toBe(new TextDecoder().decode(raw));
  });

  it('leaves the configuration set out when none is configured', async () => {
    ses.on(SendRawEmailCommand).resolves({ MessageId: '0102abc' });
    await new SesMailSender(client, { configurationSet: undefined }).send(mail);
    expect(ses.commandCalls(SendRawEmailCommand)[0]?.args[0].input).not.toHaveProperty(
      'ConfigurationSetName',
    );
  });

  it('returns our Message-ID and the ones SES may have rewritten it to', async () => {
    ses.on(SendRawEmailCommand).resolves({ MessageId: '0102abc' });
    const sent = await new SesMailSender(client, { configurationSet: undefined }).send(mail);
    expect(sent).toEqual({
      providerId: '0102abc',
      threadIds: ['ack.1@example.com', '0102abc@email.amazonses.com', '0102abc@eu-west-1.amazonses.com'],
    });
  });

  it.each([
    ['throttling', 'Throttling', 400, true],
    ['a 5xx', 'ServiceUnavailable', 503, true],
    ['a rejected message', 'MessageRejected', 400, false],
  ])('turns %s into a MailSendError that says whether to retry', async (_, name, status, retryable) => {
    ses.on(SendRawEmailCommand).rejects(
      new SESServiceException({
        name,
        $fault: status >= 500 ? 'server' : 'client',
        $metadata: { httpStatusCode: status },
        message: name,
      }),
    );
    const failure = await new SesMailSender(client, { configurationSet: undefined })
      .send(mail)
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MailSendError);
    expect((failure as MailSendError).retryable).toBe(retryable);
  });
});
