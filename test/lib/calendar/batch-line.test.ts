import { describe, expect, it } from 'vitest';
import { answerBatchLine } from '../../../lib/calendar/batch-line';
import { contractCalendar } from './support/calendars';

const cal = contractCalendar();
const answer = (line: unknown): unknown =>
  JSON.parse(answerBatchLine(cal, typeof line === 'string' ? line : JSON.stringify(line), 7));

describe('answerBatchLine', () => {
  it.each([
    {
      name: 'a deadline in hours',
      line: { from: '2026-01-08T12:30:00+01:00', add: '4h' },
      out: { deadline: '2026-01-08T18:00:00+01:00' },
    },
    {
      name: 'a deadline in business days',
      line: { from: '2026-01-05T10:00:00+01:00', add: '2d' },
      out: { deadline: '2026-01-08T10:00:00+01:00' },
    },
    {
      name: 'a deadline with a pause',
      line: {
        from: '2026-01-08T12:30:00+01:00',
        add: '4h',
        pauses: [['2026-01-08T13:00:00+01:00', '2026-01-08T15:00:00+01:00']],
      },
      out: { deadline: '2026-01-08T18:30:00+01:00' },
    },
  ])('answers $name', ({ line, out }) => {
    expect(answer(line)).toEqual(out);
  });

  it('explains a line that asks "explain": true with the object of --explain --json', () => {
    expect(answer({ from: '2026-01-05T10:00:00+01:00', add: '2d', explain: true })).toEqual({
      deadline: '2026-01-08T10:00:00+01:00',
      counted: expect.any(Array),
      skipped: [{ date: '2026-01-06', reason: 'holiday', name: 'Epifania' }],
      paused: [],
      businessDays: ['2026-01-07', '2026-01-08'],
    });
  });

  it('explains every line under --explain, unless a line says "explain": false', () => {
    const line = (explain?: boolean) =>
      JSON.parse(
        answerBatchLine(
          cal,
          JSON.stringify({ from: '2026-01-08T12:30:00+01:00', add: '4h', explain }),
          1,
          true,
        ),
      );
    expect(line().counted).toHaveLength(2);
    expect(line(false)).toEqual({ deadline: '2026-01-08T18:00:00+01:00' });
  });

  it.each([
    {
      name: 'an explain that is not a boolean',
      line: { from: '2026-01-08T12:30:00+01:00', add: '4h', explain: 'yes' },
      error: 'line 7: explain "yes": must be true or false',
    },
    { name: 'text that is not JSON', line: 'from=2026', error: 'line 7: "from=2026": is not JSON' },
    {
      name: 'JSON that is not an object',
      line: '[1]',
      error: 'line 7: expected an object {"from": ISO, "add": "4h"}',
    },
    { name: 'a missing from', line: { add: '4h' }, error: 'line 7: from is missing' },
    {
      name: 'an instant without offset',
      line: { from: '2026-01-08T12:30:00', add: '4h' },
      error: 'line 7: from "2026-01-08T12:30:00": is not an ISO 8601 instant with an offset',
    },
    {
      name: 'a unit other than m/h/d',
      line: { from: '2026-01-08T12:30:00Z', add: '4w' },
      error: 'line 7: add "4w": has a unit other than m, h or d',
    },
    {
      name: 'a negative amount',
      line: { from: '2026-01-08T12:30:00Z', add: '-4h' },
      error: 'line 7: add "-4h": is negative',
    },
    {
      name: 'an amount that is a number',
      line: { from: '2026-01-08T12:30:00Z', add: 4 },
      error: 'line 7: add 4: must be a string',
    },
    {
      name: 'pauses that are not pairs',
      line: { from: '2026-01-08T12:30:00Z', add: '4h', pauses: [['2026-01-08T13:00:00Z']] },
      error: 'line 7: pauses[0] ["2026-01-08T13:00:00Z"]: must be a pair',
    },
    {
      name: 'a pause ending before it starts',
      line: {
        from: '2026-01-08T12:30:00Z',
        add: '4h',
        pauses: [['2026-01-08T15:00:00Z', '2026-01-08T13:00:00Z']],
      },
      error: 'line 7: pauses[0] "2026-01-08T15:00:00Z/2026-01-08T13:00:00Z": ends before it starts',
    },
    {
      name: 'a pause without offset',
      line: {
        from: '2026-01-08T12:30:00Z',
        add: '4h',
        pauses: [['2026-01-08T13:00:00', '2026-01-08T15:00:00Z']],
      },
      error: 'line 7: pauses[0] "2026-01-08T13:00:00": is not an ISO 8601 instant',
    },
  ])('answers $name with an error naming the field and value', ({ line, error }) => {
    const out = answer(line) as { error: string };
    expect(Object.keys(out)).toEqual(['error']);
    expect(out.error).toContain(error);
  });
});
