import { describe, expect, it } from 'vitest';
import type { AckAttempt } from '../../../../lib/ports/ack-throttle';
import { countInWindow, windowExpiry } from '../../../../lib/tickets/intake/ack-window';

const MINUTE = 60_000;
const attempt = (key: string, at: number, limit = 2): AckAttempt => ({
  recipients: ['bot@example.net'],
  at,
  windowMs: 60 * MINUTE,
  key,
  limit,
});

describe('countInWindow', () => {
  it('adds an attempt while the window has room, dropping what left it', () => {
    expect(countInWindow({ old: 0, b: 50 * MINUTE }, attempt('c', 70 * MINUTE))).toEqual({
      admitted: true,
      window: { b: 50 * MINUTE, c: 70 * MINUTE },
    });
  });

  it('refuses an attempt when the last hour already holds the limit', () => {
    expect(countInWindow({ a: 10 * MINUTE, b: 50 * MINUTE }, attempt('c', 69 * MINUTE))).toEqual({
      admitted: false,
    });
  });

  it('admits an attempt it already counted and changes nothing, even in a full window', () => {
    expect(countInWindow({ a: 0, b: MINUTE }, attempt('a', 0))).toEqual({ admitted: true, window: null });
  });

  it('counts one delivered late against those after it, so the window never exceeds the limit', () => {
    expect(countInWindow({ a: 30 * MINUTE }, attempt('late', 0, 1))).toEqual({ admitted: false });
  });
});

describe('windowExpiry', () => {
  it('is when the latest acknowledgement leaves the window', () => {
    expect(windowExpiry({ a: 0, b: 5 * MINUTE }, 60 * MINUTE)).toBe(65 * MINUTE);
  });
});
