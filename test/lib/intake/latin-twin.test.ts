import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { TwinnedPattern } from '../../../lib/intake/latin-twin';
import { isLatinText, latinSource, twinned } from '../../../lib/intake/latin-twin';

// Every pattern the intake's readers make, recorded as they make it (the modules are imported
// below, after the recorder is in place).
const made = vi.hoisted(() => [] as TwinnedPattern[]);
vi.mock('../../../lib/intake/latin-twin', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/intake/latin-twin')>();
  return {
    ...real,
    twinned: (...args: Parameters<typeof real.twinned>) => {
      const pattern = real.twinned(...args);
      made.push(pattern);
      return pattern;
    },
  };
});

/** Every code point the twins claim to be exact for. */
const latinCodePoints = (): number[] => {
  const points: number[] = [];
  for (const [from, to] of [
    [0x0000, 0x024f],
    [0x2000, 0x206f],
    [0x20a0, 0x20cf],
  ] as const) {
    for (let point = from; point <= to; point++) points.push(point);
  }
  return points;
};

/** The pattern's match starting exactly at each position of `text`: what test, exec, replace and matchAll all derive from. */
const matchesAt = (pattern: RegExp, text: string) => {
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
  const found: Array<{ at: number; groups: readonly (string | undefined)[] }> = [];
  for (let at = 0; at <= text.length; at++) {
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match) found.push({ at, groups: [...match] });
  }
  return found;
};

describe('the Latin ranges', () => {
  const classes = [
    '\\p{L}',
    '\\p{N}',
    '[\\p{L}]',
    '[\\p{N}]',
    '[\\p{L}\\p{N}]',
    '[\\p{L}\\p{N}_-]',
    '[^\\p{L}\\p{N}_-]',
    '[\\p{L}\\p{N}./_-]',
    "[\\p{L}\\p{N}'’-]",
  ];
  it.each(['u', 'iu'])('match every Latin character as \\p{L} and \\p{N} do, under /%s', (flags) => {
    const points = latinCodePoints();
    for (const source of classes) {
      const full = new RegExp(`^${source}$`, flags);
      const latin = new RegExp(`^${latinSource(source)}$`, flags);
      const differing = points.filter((point) => {
        const char = String.fromCodePoint(point);
        return full.test(char) !== latin.test(char);
      });
      expect({ source, differing }).toEqual({ source, differing: [] });
    }
  });
});

describe('isLatinText', () => {
  it.each([
    ['Il sito è bloccato da stamattina, l’errore costa 10 €', true],
    ['caf\u00e9\u00a0\u2014 \u201cvisto\u201d\u2026', true],
    ['\u024f', true],
    ['', true],
    ['\u0250', false],
    ['Ω', false],
    ['grazie 🙏', false],
    ['broken \ud800 surrogate', false],
    ['日本語', false],
  ])('reads %j as Latin: %s', (text, latin) => {
    expect(isLatinText(text)).toBe(latin);
  });

  it('answers each text for itself when texts alternate', () => {
    expect([isLatinText('a'), isLatinText('α'), isLatinText('a'), isLatinText('α')]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
});

describe('latinSource', () => {
  it('puts the ranges inside a class and wraps them alone, leaving other escapes', () => {
    const letters = 'a-zA-Z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\u024f';
    const digits = '0-9\\xb2\\xb3\\xb9\\xbc-\\xbe';
    // An escaped backslash before "p{L}" and an escaped bracket are left as written.
    expect(latinSource('(?<![\\p{L}_])\\p{N}+\\\\p{L}\\]')).toBe(`(?<![${letters}_])[${digits}]+\\\\p{L}\\]`);
  });

  it.each(['\\p{Lu}', '\\P{L}', '[\\p{Script=Latin}]'])('has no twin for %s', (source) => {
    expect(() => latinSource(source)).toThrow(/no Latin twin/);
  });

  it('takes no pattern under the v flag', () => {
    expect(() => twinned('[\\p{L}--a]', 'v')).toThrow(/v flag/);
  });
});

describe('TwinnedPattern', () => {
  it('runs the twin over Latin text and the pattern itself over any other', () => {
    const pattern = twinned(/(?<![\p{L}])x(?![\p{L}])/u);
    expect(pattern.for('a x b')).toBe(pattern.latin);
    expect(pattern.for('α x β')).toBe(pattern.full);
    expect([pattern.test('a x b'), pattern.test('αxβ'), pattern.test('α x β')]).toEqual([true, false, true]);
    expect(String(pattern)).toBe(String(/(?<![\p{L}])x(?![\p{L}])/u));
  });
});

describe("the intake's patterns", () => {
  it('each answer as their twin over Latin text, at every position', async () => {
    await import('../../../lib/intake/words');
    await import('../../../lib/intake/answer-to');
    await import('../../../lib/intake/stated-level');
    await import('../../../lib/intake/impact');
    const { urgentPatterns } = await import('../../../lib/intake/urgency');
    const { customerNumberPattern } = await import('../../../lib/intake/fields/customer-number');
    await import('../../../lib/intake/fields/url');
    await import('../../../lib/intake/fields/detected-at');
    await import('../../../lib/intake/fields/browser');
    urgentPatterns(['URGENTE', 'urgent', 'bloccante']);
    customerNumberPattern('codice cliente');
    // wholeWords, urgency (2), stated levels (2), impact (3), customer number (3), url, detected
    // at (4), browser (2): a reader that stops twinning its patterns shows here.
    expect(made.length).toBeGreaterThanOrEqual(18);

    const latinChars = latinCodePoints().map((point) => String.fromCodePoint(point));
    for (const pattern of made) {
      // Pieces of the pattern's own words, so that texts come near its matches.
      const words = [...new Set(pattern.source.match(/[a-zà-ÿ']{2,}/giu) ?? [])];
      const piece = fc.oneof(
        fc.constantFrom(...(words.length > 0 ? words : ['x'])),
        fc.constantFrom(...latinChars),
        fc.constantFrom(
          ' ',
          '  ',
          '\n',
          '-',
          '_',
          '.',
          ':',
          '@',
          '/',
          'www.',
          'https://',
          '1',
          '12',
          'é',
          'ſ',
          'ÿ',
          'µ',
        ),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
          const text = pieces.join('');
          expect(isLatinText(text)).toBe(true);
          expect(matchesAt(pattern.latin, text)).toEqual(matchesAt(pattern.full, text));
        }),
        { numRuns: 150 },
      );
    }
  });
});
