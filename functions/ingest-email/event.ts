import { type SenderVerdicts, verdictOf } from '../../lib/mail/sender-verdicts';
import * as z from '../../lib/zod-mini';

// A receipt verdict: { status: 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED' | 'DISABLED' }.
const verdict = z.optional(z.object({ status: z.string() }));

/** The part of the SES receipt rule's Lambda-action event the function reads (it carries no body). */
const sesEventSchema = z.object({
  Records: z
    .array(
      z.object({
        eventSource: z.literal('aws:ses'),
        ses: z.object({
          mail: z.object({
            messageId: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._@+=-]*$/, 'not an SES message id')),
            timestamp: z.iso.datetime({ offset: true }),
          }),
          receipt: z.optional(
            z.object({
              spfVerdict: verdict,
              dkimVerdict: verdict,
              dmarcVerdict: verdict,
              spamVerdict: verdict,
              virusVerdict: verdict,
            }),
          ),
        }),
      }),
    )
    .check(z.minLength(1)),
});

/** One received message the event announces. */
export interface AnnouncedMail {
  readonly sesMessageId: string;
  readonly receivedAt: number;
  /** SES's SPF, DKIM and DMARC verdicts on the sender; absent when the event carries no receipt. */
  readonly verdicts?: SenderVerdicts;
  /** SES's spam and virus scan, upper case as SES writes them (also in the stored message's X-SES-* headers). */
  readonly scan?: { readonly spam: string; readonly virus: string };
}

type Receipt = NonNullable<z.infer<typeof sesEventSchema>['Records'][number]['ses']['receipt']>;

function verdictsOf(receipt: Receipt): SenderVerdicts {
  return {
    spf: verdictOf(receipt.spfVerdict?.status),
    dkim: verdictOf(receipt.dkimVerdict?.status),
    dmarc: verdictOf(receipt.dmarcVerdict?.status),
  };
}

/** The messages of a valid event; throws one line naming the field and value of an invalid one. */
export function announcedMails(event: unknown): AnnouncedMail[] {
  const result = sesEventSchema.safeParse(event);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `invalid SES event: ${issue?.path.join('.') ?? '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return result.data.Records.map(({ ses }) => ({
    sesMessageId: ses.mail.messageId,
    receivedAt: Date.parse(ses.mail.timestamp),
    ...(ses.receipt && {
      verdicts: verdictsOf(ses.receipt),
      scan: {
        spam: (ses.receipt.spamVerdict?.status ?? 'PASS').toUpperCase(),
        virus: (ses.receipt.virusVerdict?.status ?? 'PASS').toUpperCase(),
      },
    }),
  }));
}
