import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTEXT, readDeskConfig } from '../../infra/config';
import { DeskContextError } from '../../infra/errors';
import { repoRoot } from './support/desk-app';

const fixtures = join(repoRoot, 'test', 'infra', 'fixtures');

function read(context: Record<string, unknown>) {
  return readDeskConfig((key) => context[key], repoRoot);
}

function errorOf(context: Record<string, unknown>): DeskContextError {
  try {
    read(context);
  } catch (error) {
    if (error instanceof DeskContextError) return error;
    throw error;
  }
  throw new Error(`expected a DeskContextError for ${JSON.stringify(context)}`);
}

describe('readDeskConfig', () => {
  it('falls back to defaults that synthesize without any account', () => {
    const config = read({});
    expect(config).toMatchObject({
      ...DEFAULT_CONTEXT,
      operatorAddresses: [...DEFAULT_CONTEXT.operatorAddresses],
    });
    expect(config.region).toBeUndefined();
    expect(config.deskFile).toBeUndefined();
  });

  it('takes command-line strings: comma-separated operators and a numeric retention', () => {
    const config = read({ operatorAddresses: 'a@example.com, b@example.com', rawRetentionDays: '30' });
    expect(config.operatorAddresses).toEqual(['a@example.com', 'b@example.com']);
    expect(config.rawRetentionDays).toBe(30);
  });

  it('treats an empty -c value as unset', () => {
    expect(read({ existingRuleSetName: '' }).existingRuleSetName).toBeUndefined();
  });

  it('resolves the desk file against the project directory', () => {
    const config = read({ deskFile: 'test/infra/fixtures/desk.json' });
    expect(config.deskFile).toBe(join(fixtures, 'desk.json'));
  });

  it.each([
    ['domain', { domain: 'not a domain' }, 'expected a domain name'],
    ['supportAddress', { supportAddress: 'support' }, 'expected an email address'],
    ['supportAddress', { supportAddress: 'help@elsewhere.org' }, 'not an address of the domain'],
    ['operatorAddresses', { operatorAddresses: 'ops@example.com,nobody' }, 'expected email addresses'],
    ['operatorAddresses', { operatorAddresses: [] }, 'at least one'],
    ['region', { region: 'Europe' }, 'expected an AWS region'],
    ['existingRuleSetName', { existingRuleSetName: 'bad name!' }, 'receipt rule set name'],
    ['rawRetentionDays', { rawRetentionDays: 'ninety' }, 'whole number of days'],
    ['rawRetentionDays', { rawRetentionDays: 0 }, 'at least 1 day'],
    ['stackName', { stackName: '1desk' }, 'expected a letter'],
    ['deskFile', { deskFile: 'no/such/desk.json' }, 'cannot read'],
    ['deskFile', { deskFile: 'test/infra/fixtures/not-json.txt' }, 'not valid JSON'],
    ['deskFile', { deskFile: 'test/infra/fixtures/array.json' }, 'array.json: (root)'],
    ['deskFile', { deskFile: 'test/infra/fixtures/desk-bad-tier.json' }, 'tiers.standard.sla.P1.takeCharge'],
    ['deskFile', { deskFile: 'test/infra/fixtures/desk-elsewhere.json' }, 'sends from help@elsewhere.org'],
    [
      'deskFile',
      { domain: 'help.acme.it', supportAddress: 'support@help.acme.it' },
      'embedded default desk sends from',
    ],
    [
      'supportAddress',
      {
        domain: 'elsewhere.org',
        supportAddress: 'desk@elsewhere.org',
        deskFile: 'test/infra/fixtures/desk-elsewhere.json',
      },
      'not one of the supportAddresses',
    ],
  ])('names the key %s in a one-line error for %j', (key, context, message) => {
    const error = errorOf(context);
    expect(error.key).toBe(key);
    expect(error.message).toContain(`"${key}"`);
    expect(error.message).toContain(message);
    expect(error.message).not.toContain('\n');
  });

  it('quotes the offending value', () => {
    expect(errorOf({ region: 'Europe' }).message).toContain('"Europe"');
  });
});
