import type { Level } from '../domain/vocabulary';
import { twinned } from './latin-twin';

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

// Read one trimmed line at a time, not with a multiline /^\s*.../m over the whole text: there
// \s* runs across line ends, and a text of blank lines made every line start rescan the rest
// (seconds at 64 KiB). Blanks around the marks are runs of [ \t*] between fixed words: linear.
const statedLine = {
  urgency: twinned(/^\*?(urgenza|urgency)[ \t*]*[:=][ \t*]*(\p{L}+)/iu),
  impact: twinned(/^\*?(impatto|impact)[ \t*]*[:=][ \t*]*(\p{L}+)/iu),
} as const;

/** Longest line read as a statement: "Urgency: high" is short. */
const STATED_MAX_CHARS = 200;

/** A level the customer states on a line of its own ("Urgenza: alta", "Impact: low"), or null. */
export function statedLevel(ownWords: string, which: keyof typeof statedLine): Level | null {
  for (const raw of ownWords.split('\n')) {
    const line = raw.trim();
    if (line.length > STATED_MAX_CHARS) continue;
    const word = line.match(statedLine[which].for(line))?.[2]?.toLowerCase();
    if (word !== undefined) return levelWords[word] ?? null;
  }
  return null;
}
