import type { RawMessage, RawMessageSource } from '../ports/raw-message-source';
import { RawMessageNotFoundError, RawMessageReadError } from '../tickets/errors';
import { S3ReadError } from './s3-error';
import type { ObjectStart } from './s3-object-reader';
import { isTransient } from './sdk-errors';

/** Where the SES receipt rule's S3 action writes: `s3://bucket/<prefix><messageId>`. */
export interface RawLocation {
  readonly bucket: string;
  readonly prefix: string;
}

/** What this source needs of S3: the start of one object (S3ObjectReader). */
export interface ObjectStartReader {
  readStart(bucket: string, key: string, maxBytes: number): Promise<ObjectStart>;
}

/**
 * Reads at most `maxBytes` of a stored message with a ranged GET, so a 40 MB message never has
 * to fit in the function's memory; the object's full size comes from Content-Range.
 */
export class S3RawMessageSource implements RawMessageSource {
  constructor(
    private readonly reader: ObjectStartReader,
    private readonly location: RawLocation,
  ) {}

  /** The first `maxBytes` of the message and its whole size. */
  async read(messageId: string, maxBytes: number): Promise<RawMessage> {
    try {
      return await this.reader.readStart(
        this.location.bucket,
        `${this.location.prefix}${messageId}`,
        maxBytes,
      );
    } catch (error) {
      if (error instanceof S3ReadError) {
        // NotFound: a 404 without S3's error document.
        if (error.code === 'NoSuchKey' || error.code === 'NotFound')
          throw new RawMessageNotFoundError(messageId);
        throw new RawMessageReadError(messageId, error, error.transient);
      }
      throw new RawMessageReadError(messageId, error, isTransient(error));
    }
  }
}
