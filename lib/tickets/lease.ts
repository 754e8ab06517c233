import type { Lease } from '../ports/work-log';
import type { Attempt, WorkSettings } from './deps';

/** The lease an attempt takes on its work. */
export function leaseFor(attempt: Attempt, settings: WorkSettings): Lease {
  return {
    token: attempt.id,
    now: attempt.now,
    until: attempt.now + settings.leaseMs,
    expiresAt: attempt.now + settings.retentionMs,
  };
}
