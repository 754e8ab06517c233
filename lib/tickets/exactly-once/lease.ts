import type { Lease, StepResults, WorkLog } from '../../ports/work-log';
import type { Attempt, WorkSettings } from '../deps';

/** The lease an attempt takes on its work. */
export function leaseFor(attempt: Attempt, settings: WorkSettings): Lease {
  return {
    token: attempt.id,
    now: attempt.now,
    until: attempt.now + settings.leaseMs,
    expiresAt: attempt.now + settings.retentionMs,
  };
}

/**
 * Runs one unit of work under a lease: `work` gets the steps earlier attempts finished, the work is
 * marked finished after it, and the lease is given up if it throws, so a retry need not wait for it
 * to expire. Null, with nothing run, when an earlier attempt finished the work.
 */
export async function underLease<T>(
  log: WorkLog,
  key: string,
  lease: Lease,
  work: (done: StepResults) => Promise<T>,
): Promise<T | null> {
  const done = await log.begin(key, lease);
  if (done === null) return null;
  try {
    const result = await work(done);
    await log.finish(key, lease);
    return result;
  } catch (error) {
    await log.release(key, lease).catch(() => undefined);
    throw error;
  }
}
