import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A new message id shaped like the ones SES receiving assigns (40 characters of
 * `[a-z0-9]`): it names the stored raw message, as the S3 object key does on AWS.
 */
export function newSesMessageId(): string {
  // 36 symbols do not divide 256, so bytes past the largest multiple are skipped: no bias.
  const limit = 256 - (256 % ALPHABET.length);
  let id = '';
  while (id.length < 40) {
    for (const byte of randomBytes(48)) {
      if (byte < limit && id.length < 40) id += ALPHABET[byte % ALPHABET.length];
    }
  }
  return id;
}
