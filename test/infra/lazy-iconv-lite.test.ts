import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Entry from './fixtures/iconv-entry';
import { importBundledFixture } from './support/bundled-fixture';

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

describe('iconv-lite and encoding-japanese in a bundle (infra/lazy/)', () => {
  let bundle: typeof Entry;
  let tableLoaded: (name: string) => boolean;

  beforeAll(async () => {
    // The bundle loads its tables with a require of its own directory.
    const bundled = await importBundledFixture<typeof Entry>('iconv-entry.ts', out);
    bundle = bundled.module;
    tableLoaded = (name) => bundled.hasRequired(`tables/${name}.json`);
  }, 60_000);

  it('does not build the GBK tables when libmime creates the GBK codec at import', () => {
    expect(tableLoaded('cp936')).toBe(false);
    expect(tableLoaded('gbk-added')).toBe(false);
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
