import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk';
import { decide } from '../../../lib/intake';
import { parseMail } from '../../../lib/mail';

const dir = join(import.meta.dirname, '../../fixtures/intake');
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.eml'))
  .map((f) => new Uint8Array(readFileSync(join(dir, f))));
const desk = defaultDesk();
const monday = Date.parse('2026-11-23T10:00:00+01:00');

// Generous on purpose: this guards against hangs and super-linear blow-ups, not speed
// (speed is measured in bench/intake.bench.ts).
const BOUND_MS = 5_000;

async function decideWithin(raw: Uint8Array): Promise<{ outcome: string; ms: number }> {
  const started = performance.now();
  const decision = decide(await parseMail(raw), desk, monday);
  return { outcome: decision.outcome, ms: performance.now() - started };
}

const ascii = fc.string({
  unit: fc.constantFrom('a', ':', ' ', '\n', '\r', '-', '=', '?', '<', '>', ';', 'B', 'Q', '"', '\t'),
});
const headerish = [
  'Content-Type: multipart/mixed; boundary=',
  '--',
  'Content-Transfer-Encoding: base64\n',
  '=?UTF-8?B?',
  '=?x?Q?=FF',
  '\n\n',
  'Subject: ',
];

// One mangling step: cut, splice random bytes or MIME-ish fragments, duplicate or drop a slice.
const mangle = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 64 }) }),
  fc.record({
    op: fc.constant('fragment' as const),
    at: fc.nat(),
    text: fc.constantFrom(...headerish),
    repeat: fc.integer({ min: 1, max: 400 }),
  }),
  fc.record({
    op: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.nat({ max: 2000 }),
    times: fc.integer({ min: 1, max: 50 }),
  }),
  fc.record({ op: fc.constant('drop' as const), at: fc.nat(), length: fc.nat({ max: 500 }) }),
);
type Mangle = typeof mangle extends fc.Arbitrary<infer T> ? T : never;

function apply(raw: Uint8Array, m: Mangle): Uint8Array {
  const at = raw.length === 0 ? 0 : m.at % raw.length;
  const head = raw.subarray(0, at);
  const tail = raw.subarray(at);
  switch (m.op) {
    case 'cut':
      return head;
    case 'insert':
      return Buffer.concat([head, m.bytes, tail]);
    case 'fragment':
      return Buffer.concat([head, Buffer.from(m.text.repeat(m.repeat)), tail]);
    case 'duplicate': {
      const slice = raw.subarray(at, at + m.length);
      return Buffer.concat([head, ...Array.from({ length: m.times }, () => slice), tail]);
    }
    case 'drop':
      return Buffer.concat([head, raw.subarray(at + m.length)]);
  }
}

describe('decide on damaged mail', () => {
  it('yields a decision for every mangled fixture, within the bound', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: corpus.length - 1 }),
        fc.array(mangle, { minLength: 1, maxLength: 6 }),
        async (i, steps) => {
          const raw = steps.reduce(apply, corpus[i] ?? new Uint8Array());
          const { outcome, ms } = await decideWithin(raw);
          expect(['create', 'reply', 'ignore']).toContain(outcome);
          expect(ms).toBeLessThan(BOUND_MS);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('yields a decision for random bytes and random MIME-like text, within the bound', async () => {
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 4000 }),
      ascii.map((s) => new Uint8Array(Buffer.from(`Subject: x\n${s}`))),
    );
    await fc.assert(
      fc.asyncProperty(input, async (raw) => {
        const { outcome, ms } = await decideWithin(raw);
        expect(['create', 'reply', 'ignore']).toContain(outcome);
        expect(ms).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['a 5 MB subject', `Subject: ${'x'.repeat(5_000_000)}\nFrom: a@example.net\n\nbody`],
    ['200,000 header lines', `${'X-A: b\n'.repeat(200_000)}\nbody`],
    [
      '2,000 nested multiparts',
      `Content-Type: multipart/mixed; boundary=b0\n\n${Array.from({ length: 2000 }, (_, i) => `--b${i}\nContent-Type: multipart/mixed; boundary=b${i + 1}\n\n`).join('')}`,
    ],
    ['a 10 MB line of body', `Subject: x\n\n${'a'.repeat(10_000_000)}`],
    ['HTML nested 100,000 deep', `Content-Type: text/html\n\n${'<div>'.repeat(100_000)}x`],
    ['250 KB of HTML openings never closed', `Content-Type: text/html\n\n<p>x</p>${'<a '.repeat(85_000)}`],
    [
      'blockquotes and scripts never closed',
      `Content-Type: text/html\n\n<p>x</p>${'<blockquote <script '.repeat(13_000)}`,
    ],
  ])('decides on %s within the bound', async (_name, text) => {
    const { outcome, ms } = await decideWithin(new Uint8Array(Buffer.from(text)));
    expect(outcome).toBe('create');
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
