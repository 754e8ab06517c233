import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImpact, reportsServiceDown, SERVICE_DOWN_PATTERNS } from '../../../lib/intake/impact';
import { readUrgency, urgentPatterns } from '../../../lib/intake/urgency';

/** Text made of the words and marks the readers' patterns turn on, in any order and case. */
const wordy = (pieces: readonly string[]) =>
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...pieces),
        fc.constantFrom(' ', '  ', '\n', '-', '_', '1', '', ': ', '.'),
        fc.boolean(),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.map(([w, sep, up]) => (up ? w.toUpperCase() : w) + sep).join(''));

const urgentWords = ['URGENTE', 'URGENT'];

describe('readUrgency', () => {
  it.each([
    ['URGENTE: sito fermo', '', true, 'high'],
    ['urgent - login broken', '', true, 'high'],
    ['Richiesta Urgente', '', true, 'high'],
    ['non urgente: domanda', '', false, 'low'],
    ['Not urgent: question', '', false, 'low'],
    ['Non è urgente', '', false, 'low'],
    ['Urgentissimo', '', false, 'medium'],
    ['Domanda', 'Urgenza: alta', false, 'high'],
    ['Question', 'Urgency: low', false, 'low'],
    ['URGENTE', 'Urgenza: media', true, 'medium'],
  ] as const)('reads subject %j with %j as urgent=%s, %s', (subject, own, urgent, urgency) => {
    expect(readUrgency(subject, own, urgentWords)).toEqual({ urgent, urgency });
  });

  it('reads a subject as it did when it took the negated urgent words out first', () => {
    const patterns = urgentPatterns(urgentWords);
    const [any, negated] = [patterns.any.full, patterns.negated.full];
    // The reading as it was: negated first, then an urgent word in what the negations leave.
    const former = (subject: string) => {
      const isNegated = negated.test(subject);
      const urgent = !isNegated && any.test(subject.replace(new RegExp(negated.source, 'giu'), ' '));
      return { urgent, urgency: urgent ? 'high' : isNegated ? 'low' : 'medium' };
    };
    const pieces = [
      'urgente',
      'URGENT',
      'non',
      'not',
      'no',
      'è',
      'molto',
      'is',
      'very',
      'niente di',
      'x',
      'urgentissimo',
    ];
    fc.assert(
      fc.property(wordy(pieces), (subject) => {
        expect(readUrgency(subject, '', urgentWords)).toEqual(former(subject));
      }),
      { numRuns: 3000 },
    );
  });

  it('honours a desk that only knows URGENTE', () => {
    expect(readUrgency('URGENT please', '', ['URGENTE']).urgent).toBe(false);
  });
});

describe('readImpact', () => {
  it.each([
    ['', 'Il sito è down da stamattina', 'high'],
    ['Problema bloccante', '', 'high'],
    ['', 'Il portale non è raggiungibile', 'high'],
    ['', 'Non funziona più niente', 'high'],
    ['', 'The service is unavailable', 'high'],
    ['', 'Il problema non è bloccante', 'medium'],
    ['', 'This is not blocking us', 'medium'],
    ['', 'The download button fails', 'medium'],
    ['', 'The drop-down menu is empty', 'medium'],
    ['', 'Impatto: basso', 'low'],
    ['', 'Impact: high', 'high'],
    ['Site down', 'Impact: medium', 'medium'],
  ] as const)('reads subject %j and %j as %s', (subject, own, impact) => {
    expect(readImpact(subject, own)).toBe(impact);
  });

  it('answers at once for text without a down phrase as after taking out negations and blocked messages', () => {
    const [downWords, negatedDown, blockedMessage] = [
      SERVICE_DOWN_PATTERNS.downWords.full,
      SERVICE_DOWN_PATTERNS.negatedDown.full,
      SERVICE_DOWN_PATTERNS.blockedMessage.full,
    ];
    const takenOut = (text: string) =>
      downWords.test(text.replace(negatedDown, ' ').replace(blockedMessage, ' '));
    const pieces = [
      'tutto',
      'bloccato',
      'non',
      'raggiungibile',
      'è',
      'not',
      'reachable',
      'down',
      'was',
      'blocked',
      'as',
      'by',
      'message',
      'sito',
      'fermo',
      'is',
      'unavailable',
      'out of',
      'service',
      'nothing',
      'works',
    ];
    fc.assert(
      fc.property(wordy(pieces), (text) => {
        expect(reportsServiceDown(text)).toBe(takenOut(text));
      }),
      { numRuns: 5000 },
    );
  });
});
