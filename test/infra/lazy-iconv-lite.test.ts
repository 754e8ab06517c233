import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Entry from './fixtures/iconv-entry';
import { type BundledFixture, importBundledFixture } from './support/bundled-fixture';

const out = mkdtempSync(join(tmpdir(), 'support-desk-lazy-iconv-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

// Text in each double-byte charset iconv-lite has, encoded by the real (unbundled) iconv-lite.
const samples: ReadonlyArray<readonly [string, string]> = [
  ['gbk', '你好，世界：工单已收到'],
  ['gb18030', '你好 😀 €'],
  ['big5', '您好，請問系統何時恢復？'],
  ['shift_jis', 'こんにちは、システムが停止しています'],
  ['euc-jp', 'お問い合わせありがとうございます'],
  ['euc-kr', '안녕하세요, 서버가 다운되었습니다'],
  ['cp949', '문의해 주셔서 감사합니다'],
  ['cp950', '伺服器無法連線'],
];

// iconv-lite's own modules of encodings, in the order its encodings/index.js merges them.
const requireIconv = createRequire(createRequire(import.meta.url).resolve('iconv-lite'));
const encodingModule = (name: string) => requireIconv(`../encodings/${name}`) as Record<string, unknown>;
const beforeSingleByte = ['internal', 'utf32', 'utf16', 'utf7'].map(encodingModule);
const singleByte = ['sbcs-codec', 'sbcs-data', 'sbcs-data-generated'].map(encodingModule);
const everyName = Object.keys(requireIconv('../encodings') as object).filter((name) => !name.startsWith('_'));
// Every byte value, then a few sequences a multi-byte charset reads as one character.
const bytes = Buffer.concat([
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x82, 0xa0, 0xa4, 0x40, 0x2b, 0x41, 0x47, 0x45, 0x2d]),
]);

describe('iconv-lite and encoding-japanese in a bundle (infra/lazy/)', () => {
  let bundle: typeof Entry;
  let bundled: BundledFixture<typeof Entry>;
  let tableLoaded: (name: string) => boolean;

  beforeAll(async () => {
    // The bundle loads its tables with a require of its own directory.
    bundled = await importBundledFixture<typeof Entry>('iconv-entry.ts', out);
    bundle = bundled.module;
    tableLoaded = (name) => bundled.hasRequired(`tables/${name}.json`);
  }, 60_000);

  it('does not build the GBK tables when libmime creates the GBK codec at import', () => {
    expect(tableLoaded('cp936')).toBe(false);
    expect(tableLoaded('gbk-added')).toBe(false);
  });

  it('reads the single-byte code pages beside the bundle only for a name the rest of the table lacks', () => {
    const singleByteLoaded = () => bundled.hasRequired('lazy-modules/iconv-sbcs-data-generated.cjs');
    expect(bundle.decode(Buffer.from('Grazie, è tutto ok', 'utf8'), 'utf-8')).toBe('Grazie, è tutto ok');
    expect(bundle.decode(Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'utf-16')).toBe('A');
    expect(singleByteLoaded()).toBe(false);
    expect(bundle.decode(Buffer.from([0x80, 0xe8]), 'windows-1252')).toBe('€è');
    expect(singleByteLoaded()).toBe(true);
    expect(bundled.hasRequired('lazy-modules/iconv-sbcs-data.cjs')).toBe(true);
  });

  it('has no name of the single-byte code pages defined by a module iconv-lite merges before them, so the order of the two parts changes nothing', () => {
    const earlier = new Set(beforeSingleByte.flatMap((module) => Object.keys(module)));
    const redefined = singleByte.flatMap((module) => Object.keys(module)).filter((name) => earlier.has(name));
    expect(redefined).toEqual([]);
    expect(earlier.size).toBeGreaterThan(10);
  });

  it('decodes and encodes with every encoding name iconv-lite knows as iconv-lite does', () => {
    expect(everyName.length).toBeGreaterThan(400);
    const differing = everyName.filter((name) => {
      const text = iconv.decode(bytes, name);
      return (
        bundle.decode(bytes, name) !== text || !bundle.encode(text, name).equals(iconv.encode(text, name))
      );
    });
    expect(differing).toEqual([]);
    expect(() => bundle.decode(bytes, 'x-no-such-charset')).toThrow(/Encoding not recognized/);
  });

  it.each(samples)(
    'decodes %s as iconv-lite does, building its tables on first use',
    async (charset, text) => {
      const bytes = iconv.encode(text, charset);
      expect(bundle.decode(bytes, charset)).toBe(iconv.decode(bytes, charset));
      expect(bundle.decode(bytes, charset)).toBe(text.replace('😀', charset === 'gb18030' ? '😀' : '?'));
      expect(await bundle.decodeStreamed(bytes, charset)).toBe(iconv.decode(bytes, charset));
      expect(bundle.encode(text, charset)).toEqual(bytes);
    },
  );

  it('decodes ISO-2022-JP with libmime as unbundled, through encoding-japanese loaded on first use (infra/lazy/encoding-japanese.ts)', async () => {
    const text = 'お問い合わせありがとうございます';
    const bytes = Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'JIS', from: 'UNICODE' }));
    expect(await bundle.decodeStreamed(bytes, 'iso-2022-jp')).toBe(text);
  });

  it('has read the GBK tables once a GBK text was decoded', () => {
    expect(bundle.decode(Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), 'gbk')).toBe('你好');
    expect(tableLoaded('cp936')).toBe(true);
  });
});
