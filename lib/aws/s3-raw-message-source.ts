import type { S3Client } from '@aws-sdk/client-s3';
import type { RawMessage, RawMessageSource } from '../ports/raw-message-source';
import { RawMessageNotFoundError, RawMessageReadError } from '../tickets/errors';
import { GetObjectCommand } from './sdk/s3';
import { isTransient, sdkErrorName } from './sdk-errors';

/** Where the SES receipt rule's S3 action writes: `s3://bucket/<prefix><messageId>`. */
export interface RawLocation {
  readonly bucket: string;
  readonly prefix: string;
}

/**
 * Reads at most `maxBytes` of a stored message with a ranged GET, so a 40 MB message never has
 * to fit in the function's memory; the object's full size comes from Content-Range.
 */
export class S3RawMessageSource implements RawMessageSource {
  constructor(
    private readonly client: S3Client,
    private readonly location: RawLocation,
  ) {}

  /** The first `maxBytes` of the message and its whole size. */
  async read(messageId: string, maxBytes: number): Promise<RawMessage> {
    try {
      const out = await this.client.send(
        new GetObjectCommand({
          Bucket: this.location.bucket,
          Key: `${this.location.prefix}${messageId}`,
          Range: `bytes=0-${maxBytes - 1}`,
        }),
      );
      const bytes = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
      const size = totalSize(out.ContentRange) ?? out.ContentLength ?? bytes.length;
      return { bytes: bytes.subarray(0, maxBytes), size, truncated: size > maxBytes };
    } catch (error) {
      const name = sdkErrorName(error);
      if (name === 'NoSuchKey' || name === 'NotFound') throw new RawMessageNotFoundError(messageId);
      // A range starting at 0 is unsatisfiable only for an empty object.
      if (name === 'InvalidRange') return { bytes: new Uint8Array(), size: 0, truncated: false };
      throw new RawMessageReadError(messageId, error, isTransient(error));
    }
  }
}

/** `bytes 0-99/12345` -> 12345. */
function totalSize(contentRange: string | undefined): number | undefined {
  const total = contentRange?.split('/')[1];
  return total && total !== '*' ? Number(total) : undefined;
}
