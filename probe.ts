import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { defaultDesk } from './lib/desk';
import { decide, detectLanguage, planSla } from './lib/intake';
import { parseMail } from './lib/mail';
import { automaticReason } from './lib/intake/automatic';
import { presentFields } from './lib/intake/fields';
import { fieldInput } from './lib/intake/ticket-fields';
const dir = 'test/fixtures/intake';
const corpus = readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(join(dir, f)));
const desk = defaultDesk();
const at = Date.parse('2026-11-23T10:00:00+01:00');
const opts = { skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true };
const msgs = await Promise.all(corpus.map((r) => parseMail(r)));
async function time(name: string, f: () => unknown | Promise<unknown>, n = 20) {
  await f();
  const t = performance.now();
  for (let i = 0; i < n; i++) await f();
  console.log(name, ((performance.now() - t) / n / corpus.length * 1000).toFixed(1), 'us/msg');
}
await time('simpleParser default', async () => { for (const r of corpus) await simpleParser(r); });
await time('simpleParser skip', async () => { for (const r of corpus) await simpleParser(r, opts); });
await time('parseMail', async () => { for (const r of corpus) await parseMail(r); });
await time('decide', () => { for (const m of msgs) decide(m, desk, at); });
await time('automatic', () => { for (const m of msgs) automaticReason(m, desk); });
await time('language', () => { for (const m of msgs) detectLanguage(m.subject, m.ownWords, desk); });
await time('fields', () => { for (const m of msgs) presentFields(fieldInput(m, desk), desk.requiredFields); });
await time('planSla', () => { for (const m of msgs) planSla(desk, { priority: 'P3', terms: desk.noContract, bestEffort: false }, at); });
