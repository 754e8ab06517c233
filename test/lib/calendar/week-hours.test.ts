import { describe, expect, it } from 'vitest';
import {
  firstOverlap,
  parseClockRange,
  rangesOfWeekday,
  toWeekMinutes,
} from '../../../lib/calendar/week-hours';

describe('parseClockRange', () => {
  it.each([
    ['09:00-13:00', [540, 780]],
    ['00:00-24:00', [0, 1440]],
    ['14:30-18:30', [870, 1110]],
  ])('reads %s as minutes %j', (text, minutes) => {
    expect(parseClockRange(text)).toEqual(minutes);
  });

  it.each([
    '25:00-26:00',
    '09:60-10:00',
    '9:00-13:00',
    '13:00-09:00',
    '10:00-10:00',
    '24:00-24:00',
    '24:30-24:45',
    '09:00',
  ])('rejects %s with a reason', (text) => {
    expect(typeof parseClockRange(text)).toBe('string');
  });
});

describe('week minutes', () => {
  it('finds the first range that overlaps another', () => {
    expect(
      firstOverlap([
        [600, 700],
        [0, 100],
        [650, 800],
      ]),
    ).toBe(2);
    expect(
      firstOverlap([
        [0, 100],
        [100, 200],
      ]),
    ).toBe(-1);
  });

  it('turns each weekday into minutes from Monday 00:00 and back', () => {
    const week = toWeekMinutes([[[540, 780]], [], [], [], [], [], [[0, 1440]]]);
    expect(week).toEqual([
      [540, 780],
      [8640, 10080],
    ]);
    expect(rangesOfWeekday(week, 0)).toEqual([[540, 780]]);
    expect(rangesOfWeekday(week, 3)).toEqual([]);
    expect(rangesOfWeekday(week, 6)).toEqual([[0, 1440]]);
  });
});
