import { createRequire } from 'node:module';

/** An email as aws-ses-v2-local's store keeps it: the part this module reads and adds. */
interface StoredEmail {
  readonly messageId: string;
  readonly headers?: ReadonlyArray<{ readonly name: string; readonly value: string }>;
}

interface SesLocalStore {
  saveEmail(email: StoredEmail): void;
}

const MARK = Symbol.for('support-desk.ses-message-id');

/** The Message-ID SES gives a sent email: its MessageId at email.amazonses.com (lib/aws/ses-mail-sender.ts). */
export function sesMessageIdHeader(messageId: string): string {
  return `<${messageId}@email.amazonses.com>`;
}

/**
 * SES replaces a sent email's Message-ID with `<MessageId@email.amazonses.com>`, and the desk
 * records that id to thread replies. aws-ses-v2-local keeps no header of the message it was
 * given: its outbox copy (GET /store, the downloaded .eml) got a Message-ID of nodemailer's, so a
 * reply to it opened a new ticket. Its store module's `saveEmail` (which every send calls) is
 * wrapped here to add the header SES would send; once per process, since the store is shared.
 */
export function keepSesMessageIds(): void {
  const store = createRequire(import.meta.url)('aws-ses-v2-local/dist/store') as SesLocalStore & {
    [MARK]?: true;
  };
  if (store[MARK]) return;
  const save = store.saveEmail.bind(store);
  store.saveEmail = (email) => {
    const others = (email.headers ?? []).filter((header) => header.name.toLowerCase() !== 'message-id');
    save({
      ...email,
      headers: [...others, { name: 'Message-ID', value: sesMessageIdHeader(email.messageId) }],
    });
  };
  store[MARK] = true;
}
