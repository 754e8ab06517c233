/** One attachment of a received message (inline `cid:` images included). */
export interface MailAttachment {
  /** Lower-case MIME type, e.g. `image/png`. */
  readonly contentType: string;
  readonly filename: string | null;
  /** True for parts shown inside the body (`Content-Disposition: inline` or referenced by `cid:`). */
  readonly inline: boolean;
  /** The `Content-ID` without angle brackets, when the part has one. */
  readonly contentId: string | null;
  readonly size: number;
  /**
   * The decoded bytes (mailparser's own buffer, not a copy). Only an operator's email forwards
   * them, to the customer; history and logs record name, type and size alone.
   */
  readonly content: Uint8Array;
}

/** A mailbox as written in a header: bare lower-case address plus display name. */
export interface MailAddress {
  readonly address: string;
  readonly name: string;
}

/**
 * A received email reduced to what the desk decides on: decoded headers, the text, the
 * customer's own words and the attachments. Built by `parseMail`, never by hand in the pipeline.
 */
export interface MailMessage {
  /** Header values, decoded (RFC 2047), keyed by lower-case name; repeated headers keep every value. */
  readonly headers: ReadonlyMap<string, readonly string[]>;
  /** `Message-ID` without angle brackets, or null when missing. */
  readonly messageId: string | null;
  readonly inReplyTo: readonly string[];
  readonly references: readonly string[];
  readonly subject: string;
  readonly from: MailAddress | null;
  readonly replyTo: readonly MailAddress[];
  readonly to: readonly MailAddress[];
  /** The `Date` header as an instant (epoch ms), or null when missing or unreadable. */
  readonly date: number | null;
  /** Lower-case MIME type of the top-level part, e.g. `multipart/report`. */
  readonly contentType: string;
  /** Whole text: from text/plain, or from the HTML part when that is all there is. */
  readonly text: string;
  /** The customer's own words: the text without quoted history and signature. */
  readonly ownWords: string;
  readonly attachments: readonly MailAttachment[];
  /** Problems met while reading (bad encodings, cut input); the message is still usable. */
  readonly defects: readonly string[];
}
