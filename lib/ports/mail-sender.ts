/** One finished email, as raw RFC 5322 bytes, ready to hand to the mail service. */
export interface OutgoingMail {
  /** Envelope sender (the desk's From address); SES needs it even when the bytes carry a From header. */
  readonly from: string;
  /** Bare recipient addresses (envelope recipients). */
  readonly to: readonly string[];
  /** The whole message: headers and body. */
  readonly raw: Uint8Array;
  /** The Message-ID written in `raw`, without angle brackets. */
  readonly messageId: string;
}

/** What the mail service answered for one sent email. */
export interface SentMail {
  /** The id the service gave the email (SES MessageId). */
  readonly providerId: string;
  /**
   * Every Message-ID (without angle brackets) a reply may point at: the one we wrote and the ones
   * the service may have rewritten it to (SES writes `<providerId@...amazonses.com>`). Thread on all.
   */
  readonly threadIds: readonly string[];
}

/** Port: sends raw emails (SES SendRawEmail on AWS and on the local desk's SES endpoint). */
export interface MailSender {
  /** Sends one email; throws MailSendError when the service refuses it or cannot be reached. */
  send(mail: OutgoingMail): Promise<SentMail>;
}
