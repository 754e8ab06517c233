import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dryRunJson } from '../../../cli/commands/ingest';
import { defaultDesk } from '../../../lib/desk';
import { decide } from '../../../lib/intake';
import { hasHeaderSection, parseMail } from '../../../lib/mail';

// Mail nobody here wrote by hand for the desk: each file imitates what a named mailer, list
// server, bounce generator or helpdesk form really sends (see `imitates` in expected.json).
interface Case {
  readonly file: string;
  readonly imitates: string;
  readonly expect: Record<string, unknown>;
  readonly ackTo?: readonly string[];
  readonly subjectIs?: string;
  readonly ownWordsIncludes?: readonly string[];
  readonly ownWordsExcludes?: readonly string[];
  readonly ackSubjectIncludes?: readonly string[];
  readonly ackSubjectExcludes?: readonly string[];
}

const dir = join(import.meta.dirname, '../../fixtures/real-world');
const table = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
  defaultAt: string;
  cases: readonly Case[];
};
const desk = defaultDesk();

async function read(c: Case) {
  const raw = new Uint8Array(readFileSync(join(dir, c.file)));
  const message = await parseMail(raw);
  const json = dryRunJson(desk, decide(message, desk, Date.parse(table.defaultAt)));
  return { raw, message, json, ack: json.acknowledgement as { to: string[]; subject: string } | null };
}

describe('the real-world corpus under the default desk', () => {
  it('holds messages of every kind: bounces, reports, auto-replies, lists and people', () => {
    const reasons = new Set(table.cases.map((c) => c.expect.reason ?? c.expect.outcome));
    expect([...reasons].sort()).toEqual(['auto-reply', 'bounce', 'create', 'list', 'reply']);
  });

  it.each(table.cases)('decides $file ($imitates)', async (c) => {
    const { raw, message, json, ack } = await read(c);
    expect(hasHeaderSection(raw)).toBe(true);
    expect(json).toMatchObject(c.expect);
    if (c.ackTo) expect(ack?.to).toEqual(c.ackTo);
    if (c.subjectIs) expect(message.subject).toBe(c.subjectIs);
    for (const s of c.ownWordsIncludes ?? []) expect(message.ownWords).toContain(s);
    for (const s of c.ownWordsExcludes ?? []) expect(message.ownWords).not.toContain(s);
    for (const s of c.ackSubjectIncludes ?? []) expect(ack?.subject).toContain(s);
    for (const s of c.ackSubjectExcludes ?? []) expect(ack?.subject).not.toContain(s);
  });

  it('never answers more than one address, nor a role, no-reply or desk address', async () => {
    for (const c of table.cases) {
      const { ack } = await read(c);
      expect(ack?.to.length ?? 0).toBeLessThanOrEqual(1);
      for (const to of ack?.to ?? [])
        expect(to).not.toMatch(/^(no-?reply|postmaster|mailer|support@example\.com)/);
    }
  });
});
