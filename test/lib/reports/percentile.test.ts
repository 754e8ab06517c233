import { describe, expect, it } from 'vitest';
import { median, nearestRank } from '../../../lib/reports/percentile';

describe('median', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[1, 3, 10], 3],
    [[1, 3, 10, 20], 6.5],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('nearestRank', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it.each([
    [[], 0.9, null],
    [[5], 0.9, 5],
    [[1, 100], 0.9, 100],
    [ten, 0.9, 9],
    [ten, 0.5, 5],
    [[...ten, 11], 0.9, 10],
    [ten, 1, 10],
  ])('of %j at %s is %s', (values, p, expected) => {
    expect(nearestRank(values, p)).toBe(expected);
  });
});
