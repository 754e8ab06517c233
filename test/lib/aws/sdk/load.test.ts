import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import * as Scheduler from '@aws-sdk/client-scheduler';
import * as SES from '@aws-sdk/client-ses';
import { describe, expect, it } from 'vitest';
import * as dynamodb from '../../../../lib/aws/sdk/dynamodb';
import * as scheduler from '../../../../lib/aws/sdk/scheduler';
import * as ses from '../../../../lib/aws/sdk/ses';

const root = join(import.meta.dirname, '../../../..');
const loaded: [string, Record<string, unknown>, Record<string, unknown>][] = [
  ['@aws-sdk/client-dynamodb', dynamodb, DynamoDB],
  ['@aws-sdk/client-scheduler', scheduler, Scheduler],
  ['@aws-sdk/client-ses', ses, SES],
];

/** Names imported as values (not `type`) from an AWS SDK package in one source file. */
function sdkValueImports(source: string): string[] {
  const statements = source.matchAll(/^import\s+(type\s+)?([^;]*?)\s+from\s+'@aws-sdk\/[^']+';/gms);
  return [...statements].flatMap(([, typeOnly, clause = '']) => {
    if (typeOnly) return [];
    if (!clause.startsWith('{')) return [clause];
    return clause
      .slice(1, -1)
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '' && !name.startsWith('type '));
  });
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file));
}

describe('the AWS SDK loaded with require', () => {
  it.each(loaded)(
    'gives the very classes an import of %s gives, so mocks and instanceof apply',
    (_, ours, theirs) => {
      expect(Object.keys(ours).length).toBeGreaterThan(1);
      for (const [name, value] of Object.entries(ours)) expect(value).toBe(theirs[name]);
    },
  );

  it('is how the Lambda functions and their adapters reach SDK values (an import costs ~100 ms of cold start)', () => {
    const files = [...sourcesUnder('functions'), ...sourcesUnder('lib/aws')];
    const offenders = files.filter(
      (file) => sdkValueImports(readFileSync(join(root, file), 'utf8')).length > 0,
    );
    expect(files.length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });

  it.each([
    ["import { GetItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';", ['GetItemCommand']],
    ["import {\n  type S3Client,\n  GetObjectCommand,\n} from '@aws-sdk/client-s3';", ['GetObjectCommand']],
    ["import * as SES from '@aws-sdk/client-ses';", ['* as SES']],
    ["import type { SESClient } from '@aws-sdk/client-ses';", []],
    ["import type * as S3 from '@aws-sdk/client-s3';", []],
    ["import { type AttributeValue } from '@aws-sdk/client-dynamodb';", []],
  ])('tells a value import from a type import in %j', (source, values) => {
    expect(sdkValueImports(source)).toEqual(values);
  });
});
