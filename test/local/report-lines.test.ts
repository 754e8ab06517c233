import { describe, expect, it } from 'vitest';
import { describeIngest } from '../../local/report-lines';

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
