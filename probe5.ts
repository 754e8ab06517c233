import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { defaultDesk } from './lib/desk';
import { decide } from './lib/intake';
import { parseMail } from './lib/mail';
const dir = 'test/fixtures/intake';
const corpus = readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(join(dir, f)));
const desk = defaultDesk();
const at = Date.parse('2026-11-23T10:00:00+01:00');
const msgs = await Promise.all(corpus.map((r) => parseMail(r)));
const opts = { skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true };
const passes: Record<string, () => Promise<void> | void> = {
  bare: async () => { for (const r of corpus) await simpleParser(r); },
  skip: async () => { for (const r of corpus) await simpleParser(r, opts); },
  parseMail: async () => { for (const r of corpus) await parseMail(r); },
  decide: () => { for (const m of msgs) decide(m, desk, at); },
  full: async () => { for (const r of corpus) decide(await parseMail(r), desk, at); },
  full2: async () => { const ms2 = []; for (const r of corpus) ms2.push(await parseMail(r)); for (const m of ms2) decide(m, desk, at); },
};
const ms: Record<string, number[]> = {};
for (let i = 0; i < 40; i++) for (const [k, f] of Object.entries(passes)) {
  const t = performance.now(); await f(); (ms[k] ??= []).push(performance.now() - t);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
for (const [k, v] of Object.entries(ms)) console.log(k, med(v).toFixed(2), 'ms/pass');
