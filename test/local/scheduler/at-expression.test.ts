import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atExpression } from '../../../lib/aws/schedule-expression';
import { SchedulerApiError } from '../../../local/scheduler/api-error';
import { atInstant } from '../../../local/scheduler/at-expression';

describe('atInstant', () => {
  it.each([
    ['a winter wall time in Rome (UTC+1)', 'at(2026-01-08T18:00:00)', 'Europe/Rome', '2026-01-08T17:00:00Z'],
    ['a summer wall time in Rome (UTC+2)', 'at(2026-07-08T18:00:00)', 'Europe/Rome', '2026-07-08T16:00:00Z'],
    [
      'a Chicago wall time the day daylight saving time starts',
      'at(2026-03-08T09:00:00)',
      'America/Chicago',
      '2026-03-08T14:00:00Z',
    ],
    [
      'UTC, the zone Scheduler reads when none is given',
      'at(2026-01-08T18:00:00)',
      'UTC',
      '2026-01-08T18:00:00Z',
    ],
  ])('reads %s', (_case, expression, zone, instant) => {
    expect(atInstant(expression, zone)).toBe(Date.parse(instant));
  });

  it('reads back, to the second, every instant the production adapter writes, in any zone', () => {
    const zones = ['Europe/Rome', 'America/Chicago', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 * 86_400 }),
        fc.constantFrom(...zones),
        (second, zone) => {
          const at = start + second * 1000;
          const written = atExpression(at, zone);
          expect(atInstant(written.expression, written.timeZone)).toBe(at);
        },
      ),
    );
  });

  it.each([
    ['a minute-precision time', 'at(2026-01-08T18:00)'],
    ['text around the expression', ' at(2026-01-08T18:00:00)'],
    ['a 13th month', 'at(2026-13-08T18:00:00)'],
    ['a cron expression', 'cron(0 18 * * ? *)'],
  ])('refuses %s with a ValidationException', (_case, expression) => {
    expect(() => atInstant(expression, 'UTC')).toThrow(SchedulerApiError);
  });
});
