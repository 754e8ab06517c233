import type { Instant } from '../domain/vocabulary';

/** One acknowledgement the desk wants to send, as the throttle counts it. */
export interface AckAttempt {
  /** Bare address of the recipient. */
  readonly sender: string;
  /** Start of the fixed window the attempt falls in. */
  readonly windowStart: Instant;
  /** Stable id of the acknowledgement: counting it again is free. */
  readonly key: string;
  readonly limit: number;
  /** When the window's record may be forgotten (DynamoDB TTL). */
  readonly expiresAt: Instant;
}

/** Port: acknowledgements per sender per window, so two autoresponders cannot ping-pong with the desk. */
export interface AckThrottle {
  /** Counts the attempt; false when its window already holds `limit` other acknowledgements. */
  admit(attempt: AckAttempt): Promise<boolean>;
}
