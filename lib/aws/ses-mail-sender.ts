import type { MailSender, OutgoingMail, SentMail } from '../ports/mail-sender';
import { MailSendError } from '../tickets/errors';
import { isTransient } from './sdk-errors';
import type { SesApi } from './ses-api';

/** Options of every email the desk sends through SES. */
export interface SesSenderOptions {
  /** SES configuration set (event publishing, reputation metrics); omitted when undefined. */
  readonly configurationSet: string | undefined;
}

/**
 * SES v1 SendRawEmail: the bytes are already a complete MIME message (lib/compose), so SES only
 * delivers them. Works unchanged against the local desk's SES endpoint (AWS_ENDPOINT_URL_SES).
 */
export class SesMailSender implements MailSender {
  constructor(
    private readonly client: SesApi,
    private readonly options: SesSenderOptions,
  ) {}

  /** Sends the raw bytes; Source is always set so SES never has to guess the envelope sender. */
  async send(mail: OutgoingMail): Promise<SentMail> {
    try {
      const out = await this.client.sendRawEmail({
        Source: mail.from,
        Destinations: [...mail.to],
        RawMessage: { Data: mail.raw },
        ...(this.options.configurationSet ? { ConfigurationSetName: this.options.configurationSet } : {}),
      });
      const providerId = out.MessageId ?? '';
      return { providerId, threadIds: await this.threadIds(mail.messageId, providerId) };
    } catch (error) {
      throw new MailSendError(mail.to, error, isTransient(error));
    }
  }

  /** SES may rewrite Message-ID to `<id@email.amazonses.com>` or `<id@<region>.amazonses.com>`. */
  private async threadIds(own: string, providerId: string): Promise<string[]> {
    if (!providerId) return [own];
    const region = await this.client.region();
    return [own, `${providerId}@email.amazonses.com`, `${providerId}@${region}.amazonses.com`];
  }
}
