import { BusinessDurationError } from './errors';

/** An amount of business time: minutes, hours or business days. */
export interface BusinessDuration {
  readonly amount: number;
  readonly unit: 'm' | 'h' | 'd';
}

const DURATION = /^(\d{1,9})([mhd])$/;
const NUMBER_AND_WORD = /^(-?)\d+(?:\.\d+)?\s*([a-z]*)$/i;

/** Reads `90m`, `4h` or `2d`; throws BusinessDurationError on anything else, negatives included. */
export function parseBusinessDuration(text: string): BusinessDuration {
  const match = DURATION.exec(text);
  if (match) return { amount: Number(match[1]), unit: match[2] as BusinessDuration['unit'] };
  throw new BusinessDurationError(text, whyNotDuration(text));
}

function whyNotDuration(text: string): string {
  const parts = NUMBER_AND_WORD.exec(text.trim());
  if (parts?.[1] === '-') return 'is negative; a business duration is 0 or more';
  if (parts?.[2] === '') return 'has no unit: add m, h or d';
  if (parts && !['m', 'h', 'd'].includes(parts[2] ?? '')) return 'has a unit other than m, h or d';
  return 'is not a business duration <N>m, <N>h or <N>d with a whole number N (e.g. 90m, 4h, 2d)';
}
