import { type AnyReminderKind, isAnyReminderKind } from '../../domain/vocabulary';
import { onFirstUse } from '../../on-first-use';
import * as z from '../../zod-mini';

// The pieces every stored record's schema is built from (the ticket item, the step log's results),
// written once so a ticket and the steps that recorded it read instants and kinds alike. Built on
// first use, with the schemas that use them: a new request reads none of those.

function buildSchemaParts() {
  /** An instant: epoch milliseconds, whole. */
  const instant = z.number().check(z.int());
  /** An instant, or null where nothing is due. */
  const maybeInstant = z.nullable(instant);
  return {
    instant,
    maybeInstant,
    /** A reminder kind: the contract's four, or a named target's. */
    reminderKind: z.custom<AnyReminderKind>(isAnyReminderKind, 'expected a reminder kind'),
    /** The two contract deadlines of a ticket. */
    deadlines: z.object({ takeCharge: maybeInstant, resolution: maybeInstant }),
    /** A ticket's named targets, as its item and a reply's recorded change carry them (none on tickets before targets). */
    targetStates: z.optional(
      z.array(
        z.object({
          name: z.string(),
          team: z.optional(z.string()),
          start: instant,
          due: instant,
          warning: instant,
          metAt: maybeInstant,
          promised: z.boolean(),
        }),
      ),
    ),
  };
}

/** The shared schema pieces, built on the first call. */
export const schemaParts = onFirstUse(buildSchemaParts);
