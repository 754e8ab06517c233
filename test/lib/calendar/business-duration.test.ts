import { describe, expect, it } from 'vitest';
import { BusinessDurationError, parseBusinessDuration } from '../../../lib/calendar';

describe('parseBusinessDuration', () => {
  it.each([
    ['90m', { amount: 90, unit: 'm' }],
    ['4h', { amount: 4, unit: 'h' }],
    ['2d', { amount: 2, unit: 'd' }],
    ['0h', { amount: 0, unit: 'h' }],
  ])('reads %s', (text, duration) => {
    expect(parseBusinessDuration(text)).toEqual(duration);
  });

  it.each([
    ['-4h', 'is negative'],
    ['4w', 'has a unit other than m, h or d'],
    ['4', 'has no unit: add m, h or d'],
    ['1.5h', 'is not a business duration'],
    ['4 h', 'is not a business duration'],
    ['h', 'is not a business duration'],
    ['', 'is not a business duration'],
  ])('rejects %j: %s', (text, reason) => {
    expect(() => parseBusinessDuration(text)).toThrow(BusinessDurationError);
    expect(() => parseBusinessDuration(text)).toThrow(`${JSON.stringify(text)}: ${reason}`);
  });
});
