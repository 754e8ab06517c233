import { REMINDER_KINDS } from '../../lib/domain/vocabulary';
import type { ReminderPayload } from '../../lib/ports/reminder-scheduler';
import * as z from '../../lib/zod-mini';

const payloadSchema = z.object({
  ticket: z.string().check(z.regex(/^\d{4}-\d{6}$/)),
  kind: z.enum(REMINDER_KINDS),
});

/** The schedule's payload, checked; throws one line naming the field of an invalid one. */
export function reminderPayload(event: unknown): ReminderPayload {
  const result = payloadSchema.safeParse(event);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(
    `invalid reminder payload: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
  );
}
