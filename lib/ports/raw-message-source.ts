/** The raw bytes stored for one received message, possibly cut at the reader's limit. */
export interface RawMessage {
  readonly bytes: Uint8Array;
  /** Size of the whole stored message in bytes. */
  readonly size: number;
  /** True when `bytes` holds only the first `maxBytes` of a larger message. */
  readonly truncated: boolean;
}

/**
 * Port: where the receipt step stored the raw RFC 5322 message (S3 on AWS, a folder for
 * the local desk). The SES Lambda event carries headers only, never the body.
 */
export interface RawMessageSource {
  /** Reads the message stored under the SES messageId, at most `maxBytes` of it. */
  read(messageId: string, maxBytes: number): Promise<RawMessage>;
}
