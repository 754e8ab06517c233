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
 * Port: idempotency records. Work that must happen once (ingesting one message, sending one
 * reminder) runs under a lease and records each step's result, so a retry resumes where the
 * last attempt stopped and a duplicate finds the work finished.
 */
export interface WorkLog {
  /** Takes the lease; the steps done so far, or null when the work has finished. Throws WorkInProgressError while another attempt holds it. */
  begin(key: string, lease: Lease): Promise<StepResults | null>;
  /** Records a step's result; the first result recorded wins and is returned. */
  record(key: string, step: string, result: string): Promise<string>;
  /** Marks the work finished and releases the lease; later begin() calls return null. */
  finish(key: string, lease: Lease): Promise<void>;
  /** Gives the lease up after a failure, so a redelivery need not wait for it to expire. */
  release(key: string, lease: Lease): Promise<void>;
}
