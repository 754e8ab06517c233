import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORST_CASES } from '../../../bench/worst-cases';
import { defaultDesk } from '../../../lib/desk';
import { automaticReason, decide } from '../../../lib/intake';
import { answerAddress } from '../../../lib/intake/answer-to';
import { findCustomerNumber } from '../../../lib/intake/fields/customer-number';
import { readImpact } from '../../../lib/intake/impact';
import { statedLevel } from '../../../lib/intake/stated-level';
import { hasHeaderSection, inShape, ownWords, parseMail, verdictsInHeaders } from '../../../lib/mail';
import { addressIn } from '../../../lib/mail/raw-address';
import { repairedSubject } from '../../../lib/mail/subject-repair';

const desk = defaultDesk();

// Text made of the characters the readers' patterns care about, so that the fuzzer reaches
// their corners (blanks, marks, line ends, '@', quotes, words of the markers).
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      ':',
      '#',
      '=',
      '@',
      '<',
      '>',
      '"',
      '-',
      '_',
      '.',
      '*',
      ',',
      '\u00c3',
      '\u00a8',
    ),
    fc.constantFrom(
      'account',
      'From',
      'wrote',
      'regards',
      'Urgency',
      'not ',
      'down',
      'www.',
      '1',
      'Am ',
      'schrieb ',
    ),
    fc.string({ maxLength: 3 }),
  ),
  maxLength: 400,
});

describe('the readers of customer text, fuzzed', () => {
  it('never throw, and own words never grow the text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(ownWords(text).length).toBeLessThanOrEqual(text.length);
        addressIn(text);
        findCustomerNumber(text, desk.customerNumberPatterns);
        statedLevel(text, 'urgency');
        readImpact(text, text);
        repairedSubject(text);
      }),
      { numRuns: 400 },
    );
  });

  it('read any bytes into a message and a decision without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.uint8Array({ maxLength: 200 }), async (text, noise) => {
        const raw = Buffer.concat([Buffer.from(text, 'utf8'), noise]);
        hasHeaderSection(inShape(raw));
        const m = await parseMail(raw);
        verdictsInHeaders(m.headers);
        answerAddress(m, desk);
        automaticReason(m, desk);
        decide(m, desk, 0);
      }),
      { numRuns: 150 },
    );
  });

  it('find only an address written with an @ in the value', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const found = addressIn(text);
        if (found) expect(text.toLowerCase()).toContain(found.address);
      }),
    );
  });
});

// Generous: the inputs took seconds to minutes before the patterns were rewritten; linear
// growth is shown by bench/worst-case.bench.ts, which measures ratios.
const BOUND_MS = 2_000;

describe('decision time on worst-case inputs', () => {
  it.each(WORST_CASES.map((c) => [c.name, c] as const))('stays bounded at 64 KiB: %s', async (_name, c) => {
    const started = performance.now();
    await c.run(64 * 1024);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});
