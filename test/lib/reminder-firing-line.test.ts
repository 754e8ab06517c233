import { describe, expect, it } from 'vitest';
import { describeFiring } from '../../lib/reminder-firing-line';

describe('describeFiring', () => {
  const firing = {
    name: '2026-000003-take-charge-warning',
    at: Date.parse('2026-11-23T15:30:00Z'),
    input: '{"ticket":"2026-000003","kind":"take-charge-warning"}',
  };

  it.each([
    { result: { outcome: 'sent', to: ['operators@example.com'] }, end: 'sent to operators@example.com' },
    { result: { outcome: 'not-needed', to: [] }, end: 'not-needed' },
    { result: undefined, end: 'fired' },
  ])('names the ticket, the kind, when it was due and what the handler did: $end', ({ result, end }) => {
    expect(describeFiring({ ...firing, ok: true, result })).toBe(
      `reminder 2026-000003 take-charge-warning due 2026-11-23T15:30:00.000Z ${end}`,
    );
  });

  it('says a failed reminder is kept for the next try, and why', () => {
    expect(describeFiring({ ...firing, ok: false, error: 'Error: boom' })).toBe(
      'reminder 2026-000003 take-charge-warning due 2026-11-23T15:30:00.000Z failed, kept for the next run: Error: boom',
    );
  });

  it('says a reminder that failed every retry went to the dead letters', () => {
    expect(describeFiring({ ...firing, ok: false, error: 'boom', deadLettered: true })).toContain(
      'failed, dead-lettered after its retries: boom',
    );
  });

  it('falls back to the schedule name when the input is not a reminder payload', () => {
    expect(describeFiring({ ...firing, input: 'not json', ok: true })).toBe(
      'reminder 2026-000003-take-charge-warning - due 2026-11-23T15:30:00.000Z fired',
    );
  });
});
