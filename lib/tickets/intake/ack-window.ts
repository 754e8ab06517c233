import type { Instant } from '../../domain/vocabulary';
import type { AckAttempt } from '../../ports/ack-throttle';

/** The acknowledgements one recipient was counted for: key -> when it was wanted. */
export type AckWindow = Readonly<Record<string, Instant>>;

/** What counting an attempt in one recipient's window decided. */
export type WindowVerdict =
  | { readonly admitted: true; readonly window: AckWindow | null }
  | { readonly admitted: false };

/**
 * One recipient's sliding window (a log of the acknowledgements counted, pruned to the window, so
 * it never holds more than `limit` entries): an attempt already in it is admitted again and
 * changes nothing (a retry is not counted twice); else it is admitted while fewer than `limit`
 * others fall within `windowMs` before it (or after it). `window` is what to store, null when nothing changed.
 */
export function countInWindow(window: AckWindow, attempt: AckAttempt): WindowVerdict {
  if (window[attempt.key] !== undefined) return { admitted: true, window: null };
  const from = attempt.at - attempt.windowMs;
  // Later ones count too (a message delivered late): the window then never holds more than `limit`.
  const live = Object.entries(window).filter(([, at]) => at > from);
  if (live.length >= attempt.limit) return { admitted: false };
  return { admitted: true, window: Object.fromEntries([...live, [attempt.key, attempt.at]]) };
}

/** When a window may be forgotten: once its latest acknowledgement has left it. */
export function windowExpiry(window: AckWindow, windowMs: number): Instant {
  return Math.max(0, ...Object.values(window)) + windowMs;
}
