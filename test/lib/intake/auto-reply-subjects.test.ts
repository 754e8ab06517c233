import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUTO_REPLY_PHRASES,
  AUTO_REPLY_TAGS,
  autoReplySubjectPattern,
  isAutoReplySubject,
  startsLikeAutoReply,
} from '../../../lib/intake/auto-reply-subjects';

const pattern = autoReplySubjectPattern();

/** `text` with each letter's case flipped where `flips` says so, and each blank run replaced by `blank`. */
const recased = (text: string, flips: readonly boolean[], blank: string) =>
  Array.from(text)
    .map((c, i) => (flips[i % Math.max(flips.length, 1)] ? c.toUpperCase() : c.toLowerCase()))
    .join('')
    .replace(/\s+/g, blank);

// Subjects built from the pieces the pattern reads (reply prefixes, brackets, the phrases and tags
// cut or whole, what may follow them), so that the fuzzer reaches both sides of every condition.
const subjects = fc
  .tuple(
    fc.constantFrom('', ' ', '\t', '  '),
    fc.array(
      fc.constantFrom('Re: ', 'AW:', 'sv : ', 'Antw:', 'ODP: ', 'ynt:', 'Ответ: ', 'תשובה: ', 'Fwd: '),
      {
        maxLength: 4,
      },
    ),
    fc.constantFrom('', '[', '('),
    fc.constantFrom(
      ...AUTO_REPLY_PHRASES,
      ...AUTO_REPLY_TAGS,
      'Assistenza',
      'Errore',
      'Autenticazione',
      'Report',
    ),
    fc.nat({ max: 20 }),
    fc.array(fc.boolean(), { maxLength: 8 }),
    fc.constantFrom(' ', '  ', '\t'),
    fc.constantFrom('', ':', ' - ', ']', ')', 'x', 's', '1', ' ticket', '—', '-', 'ł', '!'),
  )
  .map(([lead, prefixes, bracket, words, cut, flips, blank, tail]) => {
    const chars = Array.from(words);
    const kept = cut > chars.length ? chars : chars.slice(0, Math.max(1, chars.length - cut));
    return `${lead}${prefixes.join('')}${bracket}${recased(kept.join(''), flips, blank)}${tail}`;
  });

describe('auto-reply subjects', () => {
  it('answers as the whole pattern on subjects made of its pieces, and on any text', () => {
    fc.assert(
      fc.property(fc.oneof(subjects, fc.string({ unit: 'grapheme', maxLength: 40 })), (subject) => {
        expect(isAutoReplySubject(subject)).toBe(pattern.test(subject));
        if (pattern.test(subject)) expect(startsLikeAutoReply(subject)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds every phrase and tag as written after reply prefixes, and answers as the pattern in capitals', () => {
    for (const words of [...AUTO_REPLY_PHRASES, ...AUTO_REPLY_TAGS]) {
      for (const subject of [`${words}: Problem`, `RE: Aw: [${words}] x`, ` ${words}`]) {
        expect(pattern.test(subject), subject).toBe(true);
        expect(isAutoReplySubject(subject), subject).toBe(true);
      }
      // Capitals are the pattern's case folding, whatever it decides ('ı' has no capital of its own).
      const shouted = `RE: ${words.toUpperCase()}: x`;
      expect(isAutoReplySubject(shouted), shouted).toBe(pattern.test(shouted));
    }
  });

  it('leaves the whole pattern uncompiled for subjects that start like requests, not like auto-replies', () => {
    for (const subject of [
      'Assistenza portale clienti',
      'Errore nella pagina di login',
      'URGENTE: il gestionale non risponde',
      'Richiesta di supporto',
      'Re: [#2026-000042] Problema con la fattura',
      'Autenticazione fallita',
      'Impossibile accedere',
      'Server down since 09:00',
      'Request for help with invoices',
      'Password reset does not work',
    ]) {
      expect(startsLikeAutoReply(subject), subject).toBe(false);
      expect(isAutoReplySubject(subject), subject).toBe(false);
    }
  });
});
