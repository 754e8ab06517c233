/**
 * The change ids a ticket remembers (`Ticket.applied`), bounded: the item must not grow with every
 * message and email. A retry repeats a change only within its unit of work, moments after the
 * first attempt (and ingestion also records the change in its work log right after saving it), so
 * the latest ids are the ones a retry can still need.
 */

/**
 * How many of the latest change ids the ticket keeps. A message makes one to three changes, so
 * this covers dozens of messages arriving between a crash and its retry, at about 80 bytes an id.
 */
export const APPLIED_MAX = 64;

/** The id of an operator's lifecycle step (`take-charge#3`): a repeated command resumes from it. */
const LIFECYCLE_CHANGE = /^(take-charge|resolve|close|reopen|ask)#\d+$/;

/** True for the change id of an operator's lifecycle step. */
export function isLifecycleChange(id: string): boolean {
  return LIFECYCLE_CHANGE.test(id);
}

/** The change id of the latest lifecycle step applied, or null when none is remembered. */
export function lastLifecycleChange(applied: readonly string[]): string | null {
  for (let i = applied.length - 1; i >= 0; i--) {
    const id = applied[i];
    if (id !== undefined && isLifecycleChange(id)) return id;
  }
  return null;
}

/**
 * The latest APPLIED_MAX ids, oldest first, and the latest lifecycle step's id however old: a
 * repeated operator command finds the step it repeats however many messages came in since.
 */
export function boundApplied(applied: readonly string[]): string[] {
  if (applied.length <= APPLIED_MAX) return [...applied];
  const latest = applied.slice(-APPLIED_MAX);
  const step = lastLifecycleChange(applied);
  if (step === null || latest.includes(step)) return latest;
  return [step, ...latest.slice(1)];
}
