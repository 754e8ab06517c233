import type { Instant } from '../domain/vocabulary';

/** One acknowledgement the desk wants to send, as the throttle counts it. */
export interface AckAttempt {
  /** Bare addresses the acknowledgement goes to: every one is counted. */
  readonly recipients: readonly string[];
  /** When it is wanted: the message's receipt, the same on every retry. */
  readonly at: Instant;
  /** Width of the sliding window: acknowledgements less than this long before `at` count. */
  readonly windowMs: number;
  /** Stable id of the acknowledgement: counting it again is free. */
  readonly key: string;
  /** Most acknowledgements one address may get in a window. */
  readonly limit: number;
}

/** Port: acknowledgements per recipient over a sliding window, so two autoresponders cannot ping-pong with the desk. */
export interface AckThrottle {
  /**
   * Counts the attempt for each recipient; false when any of them already got `limit` other
   * acknowledgements within the window before it (the ones counted before that stay counted).
   */
  admit(attempt: AckAttempt): Promise<boolean>;
}
