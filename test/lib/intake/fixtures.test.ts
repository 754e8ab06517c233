import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dryRunJson } from '../../../cli/commands/ingest';
import { defaultDesk } from '../../../lib/desk';
import { decide } from '../../../lib/intake';
import { parseMail } from '../../../lib/mail';

interface Case {
  readonly file: string;
  readonly at?: string;
  readonly expect: Record<string, unknown>;
  readonly ackTextIncludes?: readonly string[];
  readonly absentAckHeaders?: readonly string[];
}

const dir = join(import.meta.dirname, '../../fixtures/intake');
const table = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
  defaultAt: string;
  cases: readonly Case[];
};

async function decisionJson(c: Case): Promise<Record<string, unknown>> {
  const message = await parseMail(new Uint8Array(readFileSync(join(dir, c.file))));
  const desk = defaultDesk();
  return dryRunJson(desk, decide(message, desk, Date.parse(c.at ?? table.defaultAt)));
}

interface AckJson {
  readonly text: string;
  readonly headers: Record<string, string>;
}

describe('the intake fixture corpus under the default desk', () => {
  it('holds at least forty messages', () => {
    expect(table.cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(table.cases)('decides $file as expected', async (c) => {
    const json = await decisionJson(c);
    expect(json).toMatchObject(c.expect);
    const ack = json.acknowledgement as AckJson | null | undefined;
    for (const sentence of c.ackTextIncludes ?? []) expect(ack?.text).toContain(sentence);
    for (const name of c.absentAckHeaders ?? []) expect(Object.keys(ack?.headers ?? {})).not.toContain(name);
  });
});
