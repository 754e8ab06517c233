import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawMessage, RawMessageSource } from '../ports/raw-message-source';
import { RawMessageNotFoundError, RawMessageReadError } from '../tickets/errors';

/** A message id names one file directly in the folder: nothing that could climb out of it. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._@+=-]*$/;

/**
 * The local desk's stand-in for the SES S3 action: the SMTP server writes each received message
 * to `<dir>/<messageId>`, and the ingest handler reads it back here.
 */
export class RawMessageDir implements RawMessageSource {
  constructor(private readonly dir: string) {}

  /** Reads at most `maxBytes` of `<dir>/<messageId>` and reports the file's whole size. */
  async read(messageId: string, maxBytes: number): Promise<RawMessage> {
    if (!SAFE_ID.test(messageId)) throw new RawMessageNotFoundError(messageId);
    let file: Awaited<ReturnType<typeof open>>;
    try {
      file = await open(join(this.dir, messageId), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new RawMessageNotFoundError(messageId);
      throw new RawMessageReadError(messageId, error, false);
    }
    try {
      const { size } = await file.stat();
      const buffer = new Uint8Array(Math.min(size, maxBytes));
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
      return { bytes: buffer.subarray(0, bytesRead), size, truncated: size > maxBytes };
    } finally {
      await file.close();
    }
  }
}
