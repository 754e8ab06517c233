import { describe, expect, it } from 'vitest';
import { describeFiring, describeIngest } from '../../local/report-lines';

const facts = { language: 'en', priority: 'P1' };

describe('describeIngest', () => {
  it.each([
    {
      result: { outcome: 'created', ticket: '2026-000007' },
      line: 'mail 2026-000007 create en P1 ses-1',
    },
    {
      result: { outcome: 'reply', ticket: '2026-000007', change: 'completed' },
      line: 'mail 2026-000007 reply en P1 ses-1',
    },
    { result: { outcome: 'ignored', reason: 'auto-reply' }, line: 'mail - ignore auto-reply ses-1' },
    { result: { outcome: 'duplicate' }, line: 'mail - duplicate ses-1' },
    { result: undefined, line: 'mail - processed - - ses-1' },
  ])('writes $line', ({ result, line }) => {
    const known = result && 'ticket' in result ? facts : null;
    expect(describeIngest('ses-1', result, known)).toBe(line);
  });
});

describe('describeFiring', () => {
  const schedule = {
    name: 'r',
    at: Date.parse('2026-11-23T15:30:00Z'),
    timeZone: 'Europe/Rome',
    payload: { ticket: '2026-000003', kind: 'take-charge-warning' as const },
  };

  it.each([
    { result: { outcome: 'sent', to: ['operators@example.com'] }, end: 'sent to operators@example.com' },
    { result: { outcome: 'not-needed', to: [] }, end: 'not-needed' },
  ])('names the ticket, the kind, when it was due and what the handler did: $end', ({ result, end }) => {
    expect(describeFiring({ schedule, fired: true, result })).toBe(
      `reminder 2026-000003 take-charge-warning due 2026-11-23T15:30:00.000Z ${end}`,
    );
  });

  it('says a failed reminder is kept for the next run, and why', () => {
    expect(describeFiring({ schedule, fired: false, reason: 'Error: boom' })).toBe(
      'reminder 2026-000003 take-charge-warning due 2026-11-23T15:30:00.000Z failed, kept for the next run: Error: boom',
    );
  });
});
