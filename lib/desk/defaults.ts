import type { PriorityMatrix } from './desk';

/** Policy C's impact x urgency matrix (ITIL): rows impact, columns urgency. */
export const ITIL_MATRIX: PriorityMatrix = {
  high: { high: 'P1', medium: 'P2', low: 'P3' },
  medium: { high: 'P2', medium: 'P3', low: 'P4' },
  low: { high: 'P3', medium: 'P4', low: 'P4' },
};

/** Phrases that introduce a customer number when a desk names none (CONTRACT section 4). */
export const DEFAULT_CUSTOMER_NUMBER_PHRASES: readonly string[] = [
  'codice cliente',
  'cod. cliente',
  'numero cliente',
  'cliente n.',
  'cliente nr',
  'n. cliente',
  'customer no.',
  'customer number',
  'customer id',
  'customer #',
  'account',
];
