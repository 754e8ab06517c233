import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDesk } from './lib/desk';
import { decide } from './lib/intake';
import { parseMail } from './lib/mail';
const dir = 'test/fixtures/intake';
const corpus = readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(join(dir, f)));
const desk = defaultDesk();
const at = Date.parse('2026-11-23T10:00:00+01:00');
const mode = process.argv[2];
const t0 = performance.now(); const c0 = process.cpuUsage();
for (let i = 0; i < 60; i++) {
  if (mode === 'full') for (const r of corpus) decide(await parseMail(r), desk, at);
  else { const ms = []; for (const r of corpus) ms.push(await parseMail(r)); for (const m of ms) decide(m, desk, at); }
}
const c = process.cpuUsage(c0);
console.log(mode, 'wall', ((performance.now() - t0) / 60).toFixed(1), 'cpu', ((c.user + c.system) / 1000 / 60).toFixed(1));
