import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../../../../lib/intake/fields/browser';
import {
  customerNumberPattern,
  findCustomerNumber,
  hasCustomerNumber,
} from '../../../../lib/intake/fields/customer-number';
import { hasDescription } from '../../../../lib/intake/fields/description';
import { hasDetectedAt } from '../../../../lib/intake/fields/detected-at';
import type { FieldDetector } from '../../../../lib/intake/fields/field-input';
import { hasScreenshot } from '../../../../lib/intake/fields/screenshot';
import { hasUrl } from '../../../../lib/intake/fields/url';
import type { MailAttachment } from '../../../../lib/mail/message';

const patterns = ['codice cliente', 'cliente n.', 'customer no.', 'customer number', 'account'].map(
  customerNumberPattern,
);
const words = (ownWords: string) => ({ ownWords, attachments: [], customerNumberPatterns: patterns });
const image = (contentType: string, inline = false): MailAttachment => ({
  contentType,
  filename: null,
  inline,
  contentId: inline ? 'x' : null,
  size: 10,
  content: new Uint8Array(10),
});

type Row = readonly [string, boolean];
const table: ReadonlyArray<readonly [string, FieldDetector, readonly Row[]]> = [
  [
    'detectedAt',
    hasDetectedAt,
    [
      ['Errore del 23/11/2026', true],
      ['dal 2026-11-23', true],
      ['dal 23 novembre', true],
      ['since Nov 23', true],
      ['alle 10:15', true],
      ['alle 10 circa', true],
      ['at 10am', true],
      ['oggi pomeriggio', true],
      ['da ieri', true],
      ['stamattina', true],
      ['since yesterday', true],
      ['this morning', true],
      ['alle ore 9.30', true],
      ['Il sito non va', false],
      ['the page is broken', false],
      ['versione 2.10 installata', false],
      ['see https://example.net/2026-11-23/report', false],
      ['may I ask for help', false],
    ],
  ],
  [
    'url',
    hasUrl,
    [
      ['vedi https://shop.example.net/cart', true],
      ['on http://example.net', true],
      ['www.example.net/login', true],
      ['il sito example.net', false],
      ['no link here', false],
      ['mail me at info@www.example.net', false],
    ],
  ],
  [
    'description',
    hasDescription,
    [
      ['uno due tre quattro cinque sei sette otto nove dieci', true],
      ['uno due tre quattro cinque sei sette otto nove', false],
      ['https://a.example.net https://b.example.net 1 2 3 4 5 6 7 8 9 10 11', false],
    ],
  ],
  [
    'browser',
    hasBrowser,
    [
      ['uso Chrome 120', true],
      ['with firefox', true],
      ['Safari su iPhone', true],
      ['Microsoft Edge', true],
      ['Opera', true],
      ['Internet Explorer 11', true],
      ['Samsung Internet', true],
      ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36', true],
      ['il mio browser', false],
      ["un'opera d'arte", false],
      ['an edge case', false],
      ['chromecast', false],
    ],
  ],
  [
    'customerNumber',
    hasCustomerNumber,
    [
      ['codice cliente 12345', true],
      ['Codice cliente: ACME-0042', true],
      ['cliente n. 778', true],
      ['customer no. 42', true],
      ['Customer number: C-1001', true],
      ['account 99812', true],
      ['account bloccato', false],
      ['il cliente ha chiamato', false],
      ['my account is locked', false],
    ],
  ],
];

describe.each(table)('the %s detector', (_field, detector, rows) => {
  it.each(rows)('reads %j as %s', (text, expected) => {
    expect(detector(words(text))).toBe(expected);
  });
});

describe('the screenshot detector', () => {
  it.each([
    ['an attached PNG', [image('image/png')], true],
    ['an inline cid JPEG', [image('image/jpeg', true)], true],
    ['a PDF', [image('application/pdf')], false],
    ['no attachment', [], false],
  ] as const)('reads %s as %s', (_name, attachments, expected) => {
    expect(hasScreenshot({ ownWords: '', attachments, customerNumberPatterns: [] })).toBe(expected);
  });
});

describe('findCustomerNumber', () => {
  it('returns the identifier without trailing punctuation', () => {
    expect(findCustomerNumber('Saluti, codice cliente ACME-0042.', patterns)).toBe('ACME-0042');
  });
});
