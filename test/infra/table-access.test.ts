import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE_ACTIONS } from '../../infra/table-access';
import { repoRoot } from './support/desk-app';

// The commands the one DynamoDB entry point of the code exports: nothing else can be sent.
const exported = [
  ...readFileSync(join(repoRoot, 'lib/aws/sdk/dynamodb.ts'), 'utf8').matchAll(/\b(\w+)Command,/g),
].map(([, name]) => `dynamodb:${name}`);

describe('TABLE_ACTIONS', () => {
  it('reads the exported commands (the test would prove nothing if it found none)', () => {
    expect(exported).toContain('dynamodb:PutItem');
  });

  it.each(Object.entries(TABLE_ACTIONS))('grants the %s only commands the code can send', (_who, actions) => {
    for (const action of actions) expect(exported).toContain(action);
  });

  it('never grants CreateTable, which only the local desk sends', () => {
    expect(Object.values(TABLE_ACTIONS).flat()).not.toContain('dynamodb:CreateTable');
  });
});
