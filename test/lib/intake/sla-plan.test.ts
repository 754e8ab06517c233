import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk';
import type { Priority } from '../../../lib/domain/vocabulary';
import { planAwaitingInfo, planSla } from '../../../lib/intake';

const desk = defaultDesk();
const terms = desk.noContract;
const at = (iso: string) => Date.parse(iso);

describe('planSla', () => {
  it('counts a clock started at lunch from the 14:30 opening (P2: 4h, 2d)', () => {
    const plan = planSla(
      desk,
      { priority: 'P2' as Priority, terms, bestEffort: false, calendarId: terms.calendarId },
      at('2026-11-24T13:30:00+01:00'),
    );
    expect(plan.deadlines).toEqual({
      takeCharge: at('2026-11-24T18:30:00+01:00'),
      resolution: at('2026-11-26T13:00:00+01:00'),
    });
    expect(plan.reminders[0]).toEqual({ at: at('2026-11-24T17:30:00+01:00'), kind: 'take-charge-warning' });
  });

  it('orders its four reminders in time', () => {
    const plan = planSla(
      desk,
      { priority: 'P1', terms, bestEffort: false, calendarId: terms.calendarId },
      at('2026-11-23T10:00:00+01:00'),
    );
    expect(plan.reminders.map((r) => r.kind)).toEqual([
      'take-charge-warning',
      'take-charge-due',
      'resolution-warning',
      'resolution-due',
    ]);
  });

  it('promises nothing and reminds nobody for best effort', () => {
    expect(
      planSla(
        desk,
        { priority: 'P1', terms, bestEffort: true, calendarId: terms.calendarId },
        at('2026-11-23T10:00:00+01:00'),
      ),
    ).toEqual({
      deadlines: { takeCharge: null, resolution: null },
      reminders: [],
    });
  });
});

describe('planAwaitingInfo', () => {
  it('nudges the customer three business days later, skipping the weekend', () => {
    expect(planAwaitingInfo(desk, terms, at('2026-11-26T16:00:00+01:00'))).toEqual({
      at: at('2026-12-01T16:00:00+01:00'),
      kind: 'awaiting-info',
    });
  });
});
