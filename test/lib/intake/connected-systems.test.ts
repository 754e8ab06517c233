import { describe, expect, it } from 'vitest';
import { CONNECTED_SYSTEMS_MAX_CHARS, connectedSystems } from '../../../lib/intake/connected-systems';

describe('connectedSystems', () => {
  it.each([
    ['Sistemi collegati: ERP SAP, CRM interno', 'ERP SAP, CRM interno'],
    ['Buongiorno,\n  connected systems = billing API\nGrazie', 'billing API'],
    ['**Sistemi  collegati:** gestionale', 'gestionale'],
    ['Connected Systems:\n- ERP\n- CRM\n\nThe rest of the mail', 'ERP, CRM'],
  ])('reads %j as %j', (words, expected) => {
    expect(connectedSystems(words)).toBe(expected);
  });

  it.each([
    ['no declaration', 'Il sito non funziona da stamattina.'],
    ['a mention in a sentence', 'Non so quali sistemi collegati: chiedo al collega.'],
    ['an empty declaration', 'Sistemi collegati:\n\nAltro testo'],
  ])('finds nothing in %s', (_what, words) => {
    expect(connectedSystems(words)).toBeNull();
  });

  it('removes control characters, terminal escapes and bidi overrides, and caps the length', () => {
    expect(connectedSystems('Sistemi collegati: ERP\u001b]0;pwned\u0007 \u202eCRM\r')).toBe(
      'ERP ]0;pwned CRM',
    );
    const long = connectedSystems(`Connected systems: ${'é'.repeat(5000)}`);
    expect(Array.from(long ?? '')).toHaveLength(CONNECTED_SYSTEMS_MAX_CHARS);
  });
});

// Linear time on hostile declarations: bench/worst-cases.ts has them ("connected systems: ..."),
// bounded by test/lib/intake/readers-fuzz.test.ts and measured as ratios by bench/worst-case.bench.ts.
