import { describe, expect, it } from 'vitest';
import {
  customerTerms,
  DEFAULT_DESK_FILE,
  DeskConfigError,
  defaultDesk,
  parseDesk,
  parseDeskJson,
} from '../../../lib/desk';

const base = JSON.parse(JSON.stringify(DEFAULT_DESK_FILE)) as Record<string, unknown>;
const withField = (patch: Record<string, unknown>) => ({ ...base, ...patch });

function errorOf(input: unknown): string {
  try {
    parseDesk(input, 'desk.json');
  } catch (error) {
    if (error instanceof DeskConfigError) return error.message;
    throw error;
  }
  return 'no error';
}

describe('parseDesk', () => {
  it.each([
    [
      'a bad support address',
      withField({ supportAddresses: ['nobody'] }),
      'desk.json: supportAddresses[0]: expected an email address (found "nobody")',
    ],
    ['a bad duration', withField({ awaitingInfoAfter: '3 days' }), 'desk.json: awaitingInfoAfter:'],
    [
      'an unknown field',
      withField({ supportAdresses: ['a@example.com'] }),
      'desk.json: supportAdresses: unknown field',
    ],
    ['an unknown required field', withField({ requiredFields: ['phone'] }), 'desk.json: requiredFields[0]:'],
    [
      'a customer of an unknown tier',
      withField({ customers: [{ match: 'example.net', tier: 'gold' }] }),
      'desk.json: customers[0].tier: unknown tier "gold"',
    ],
    [
      'a customer of an unknown calendar',
      withField({ customers: [{ match: 'example.net', tier: 'standard', calendar: 'mars' }] }),
      'desk.json: customers[0].calendar: unknown calendar "mars"',
    ],
    [
      'a fallback outside the languages',
      withField({ languages: ['en'], fallbackLanguage: 'it' }),
      'desk.json: fallbackLanguage:',
    ],
    [
      'a broken calendar',
      withField({ calendars: { rome: { timeZone: 'Mars/Base', hours: '24/7' } } }),
      'desk.json: calendars.rome:',
    ],
    [
      'a missing SLA priority',
      withField({ tiers: { standard: { sla: {} } } }),
      'desk.json: tiers.standard.sla.P1:',
    ],
  ])('reports %s in one line naming the field', (_name, input, expected) => {
    const message = errorOf(input);
    expect(message).toContain(expected);
    expect(message).not.toContain('\n');
  });

  it('reads the default desk of CONTRACT section 6', () => {
    const desk = defaultDesk();
    expect([
      desk.supportAddresses,
      desk.operatorAddresses,
      desk.fallbackLanguage,
      desk.requiredFields,
    ]).toEqual([
      ['support@example.com'],
      ['operators@example.com'],
      'it',
      ['detectedAt', 'url', 'description', 'screenshot', 'browser'],
    ]);
    expect(desk.tiers.get('standard')?.times.P2).toEqual({
      takeCharge: { amount: 4, unit: 'h' },
      resolution: { amount: 2, unit: 'd' },
    });
  });
});

describe('parseDeskJson', () => {
  it("reads a desk file's text", () => {
    expect(parseDeskJson(JSON.stringify(DEFAULT_DESK_FILE), 'desk.json').supportAddresses).toEqual(
      defaultDesk().supportAddresses,
    );
  });

  it('names the file when the text is not JSON', () => {
    expect(() => parseDeskJson('{ "supportAddresses": [', 'desk.json')).toThrow(
      /^desk\.json: \(root\): not valid JSON \(.+\)$/,
    );
    expect(() => parseDeskJson('', 'desk.json')).toThrow(DeskConfigError);
  });

  it('names file, field and value when the JSON is not a desk', () => {
    expect(() => parseDeskJson(JSON.stringify(withField({ warningRatio: 2 })), 'desk.json')).toThrow(
      /^desk\.json: warningRatio/,
    );
  });
});

describe('parseDesk: retention', () => {
  it('keeps tickets two years and raw mail ninety days by default', () => {
    expect(defaultDesk().retention).toEqual({ ticketDays: 730, rawMailDays: 90 });
  });

  it('reads the days the desk file gives, each defaulting alone', () => {
    expect(parseDesk(withField({ retention: { tickets: '365d', rawMail: '30d' } })).retention).toEqual({
      ticketDays: 365,
      rawMailDays: 30,
    });
    expect(parseDesk(withField({ retention: { rawMail: '7d' } })).retention).toEqual({
      ticketDays: 730,
      rawMailDays: 7,
    });
  });

  it.each([
    [{ tickets: '2y' }, 'retention.tickets'],
    [{ rawMail: '0d' }, 'retention.rawMail'],
    [{ rawMail: '9999d' }, 'retention.rawMail'],
    [{ raw: '30d' }, 'retention'],
  ])('refuses %j, naming %s', (retention, field) => {
    expect(errorOf(withField({ retention }))).toMatch(
      new RegExp(`^desk\\.json: ${field.replace('.', '\\.')}`),
    );
  });
});

describe('customerTerms', () => {
  const desk = parseDesk(
    withField({
      tiers: { ...(base.tiers as object), premium: (base.tiers as { standard: object }).standard },
      customers: [
        { match: 'example.net', tier: 'standard', credits: 3 },
        { match: 'vip@example.net', tier: 'premium' },
      ],
    }),
  );

  it.each([
    ['an exact address before its domain', ['vip@example.net'], 'vip@example.net'],
    ['the domain of any other address', ['anna@example.net'], 'example.net'],
    ['a parent domain', ['anna@eu.example.net'], 'example.net'],
    ['no entry for an unknown sender', ['x@example.org'], null],
    ['the first known of several addresses', ['x@example.org', 'vip@example.net'], 'vip@example.net'],
  ])('finds %s', (_name, addresses, match) => {
    expect(customerTerms(desk, addresses).match).toBe(match);
  });
});
