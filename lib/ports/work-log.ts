import type { Instant } from '../domain/vocabulary';

/** A time-limited claim on a unit of work, so two deliveries of one event never run its steps together. */
export interface Lease {
  /** Identifies the attempt (the Lambda request id). */
  readonly token: string;
  readonly now: Instant;
  /** After this instant another attempt may take over (the holder is presumed dead). */
  readonly until: Instant;
  /** When the record may be forgotten (DynamoDB TTL): long after any redelivery could arrive. */
  readonly expiresAt: Instant;
}

/** Results the steps of a unit of work recorded so far, by step name. */
export type StepResults = Readonly<Record<string, string>>;

/**
 * Where begin() puts how many attempts have begun the work, this one included, among the results
 * it returns (not a step: nothing records it). `1` tells an attempt that nothing before it can
 * have made an effect, so it need not look for any.
 */
export const ATTEMPTS = '#attempts';

/**
 * Port: idempotency records. Work that must happen once (ingesting one message, sending one
 * reminder) runs under a lease and records each step's result, so a retry resumes where the
 * last attempt stopped and a duplicate finds the work finished.
 */
export interface WorkLog {
  /**
   * Takes the lease; the steps done so far (with ATTEMPTS), or null when the work has finished.
   * `first`: results recorded with the lease when the work has none yet, as record() would (the
   * first attempt's stand). Throws WorkInProgressError while another attempt holds it.
   */
  begin(key: string, lease: Lease, first?: StepResults): Promise<StepResults | null>;
  /** Records a step's result; the first result recorded wins and is returned. */
  record(key: string, step: string, result: string): Promise<string>;
  /** Marks the work finished and releases the lease; later begin() calls return null. */
  finish(key: string, lease: Lease): Promise<void>;
  /** Gives the lease up after a failure, so a redelivery need not wait for it to expire. */
  release(key: string, lease: Lease): Promise<void>;
}
