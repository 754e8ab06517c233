import type { Level } from '../domain/vocabulary';

const levelWords: Readonly<Record<string, Level>> = {
  alta: 'high',
  alto: 'high',
  high: 'high',
  media: 'medium',
  medio: 'medium',
  medium: 'medium',
  bassa: 'low',
  basso: 'low',
  low: 'low',
};

const statedLine = {
  urgency: /^\s*\*?(urgenza|urgency)\s*\*?\s*[:=]\s*\*?\s*([\p{L}]+)/imu,
  impact: /^\s*\*?(impatto|impact)\s*\*?\s*[:=]\s*\*?\s*([\p{L}]+)/imu,
} as const;

/** A level the customer states on a line of its own ("Urgenza: alta", "Impact: low"), or null. */
export function statedLevel(ownWords: string, which: keyof typeof statedLine): Level | null {
  const word = ownWords.match(statedLine[which])?.[2]?.toLowerCase();
  return word === undefined ? null : (levelWords[word] ?? null);
}
