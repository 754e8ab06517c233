import { describe, expect, it } from 'vitest';
import { baseSubject, subjectToken } from '../../../lib/intake/thread';

describe('subjectToken', () => {
  const rows: ReadonlyArray<readonly [string, string | null]> = [
    ...['Re', 'R', 'RE', 'AW', 'Fwd', 'Fw', 'I', 'RIF', 'TR', 'WG', 'VS'].map(
      (p) => [`${p}: [#2026-000042] Sito lento`, '2026-000042' as const] as const,
    ),
    ['Sito lento [#2026-000042]', '2026-000042'],
    ['Ancora problemi [# 2026-000042 ]', '2026-000042'],
    ['Riguardo al ticket #2026-000042', '2026-000042'],
    ['Ordine 2026-000042', null],
    ['Re: [#26-42] lento', null],
    ['Nuova richiesta', null],
  ];
  it.each(rows)('finds the ticket in %j: %s', (subject, token) => {
    expect(subjectToken(subject)).toBe(token);
  });
});

describe('baseSubject', () => {
  it('drops prefixes and tokens, however stacked', () => {
    expect(baseSubject('Re: R: Fwd: [#2026-000042] Sito lento')).toBe('Sito lento');
  });
});
