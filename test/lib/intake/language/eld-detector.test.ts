import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '../../../../lib/domain/vocabulary';
import { ELD_SMALL_IT_EN_JSON } from '../../../../lib/intake/language/data/eld-small-it-en';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

const texts = [
  'Buongiorno, il portale non risponde da stamattina: potete verificare?',
  'Hello, our website has been down since this morning, can you check?',
];

describe('eldDetector', () => {
  it('looks n-grams up for the first detections of a process, then parses the database once', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const wholeParses = () => parse.mock.calls.filter(([text]) => text === ELD_SMALL_IT_EN_JSON).length;
    // A fresh module: the detector's state is per process.
    const { eldDetector } = await import('../../../../lib/intake/language/eld-detector');
    const answers: unknown[] = [];
    for (let i = 0; i < 10; i += 1) answers.push(eldDetector(texts[i % 2]!, LANGUAGES));
    expect(wholeParses()).toBe(0);
    for (let i = 0; i < 10; i += 1) answers.push(eldDetector(texts[i % 2]!, LANGUAGES));
    expect(wholeParses()).toBe(1);
    expect(answers).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 'it' : 'en')));
  });
});
