import * as z from '../../lib/zod-mini';

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
        }),
      }),
    )
    .check(z.minLength(1)),
});

/** One received message the event announces. */
export interface AnnouncedMail {
  readonly sesMessageId: string;
  readonly receivedAt: number;
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
  return result.data.Records.map((r) => ({
    sesMessageId: r.ses.mail.messageId,
    receivedAt: Date.parse(r.ses.mail.timestamp),
  }));
}
