import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLikeTheStack } from '../../infra/bundle-locally';
import { BUNDLE, PROJECT_ROOT } from '../../infra/bundling';
import { htmlToText } from '../../infra/left-out/html-to-text';
import { LeftOutOfBundleError } from '../../infra/left-out/left-out-error';
import linkifyIt from '../../infra/left-out/linkify-it';
import { parseMail } from '../../lib/mail/parse-mail';

const out = mkdtempSync(join(tmpdir(), 'support-desk-left-out-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const fixtures = join(PROJECT_ROOT, 'test', 'fixtures', 'intake');
const emails = readdirSync(fixtures).filter((name) => name.endsWith('.eml'));

// An HTML-only message full of links: the kind mailparser would hand to html-to-text and linkify-it.
const htmlWithLinks = Buffer.from(
  [
    'From: Anna <anna@example.it>',
    'To: support@example.com',
    'Subject: Errore su https://app.example.it/login',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Vedi <a href="https://app.example.it/x">https://app.example.it/x</a> e www.example.org, ',
    'scrivete a help@example.it &egrave; @someone.</p><blockquote>vecchio testo</blockquote>',
  ].join('\r\n'),
);

describe('the stand-ins for what mailparser imports but the desk never calls', () => {
  let bundled: typeof parseMail;

  beforeAll(async () => {
    const { file } = await bundleLikeTheStack(
      join(import.meta.dirname, 'fixtures', 'parse-mail-entry.ts'),
      join(out, 'parse'),
    );
    ({ parseMail: bundled } = (await import(pathToFileURL(file).href)) as { parseMail: typeof parseMail });
  }, 60_000);

  it('are what the bundles alias linkify-it, html-to-text and the top-level domain list to (beside date-holidays, whose tables are built at synth, iconv-lite, encoding-japanese, he and luxon, loaded on use, libmime, one build of it, and the eld table, read from beside the bundle; the built-ins of Node go to infra/builtin)', () => {
    const aliased = Object.entries(BUNDLE.alias).filter(([, path]) => !path.startsWith('./infra/builtin/'));
    expect(aliased.map(([name]) => name).sort()).toEqual([
      '#eld-table',
      'date-holidays',
      'encoding-japanese',
      'he',
      'html-to-text',
      'iconv-lite',
      'libmime',
      'linkify-it',
      'luxon',
      'tlds',
    ]);
  });

  it.each(emails)('leave the bundled parse of %s identical to the unbundled one', async (name) => {
    const raw = readFileSync(join(fixtures, name));
    expect(await bundled(raw)).toEqual(await parseMail(raw));
  });

  it('leave an HTML-only message with links read as without them', async () => {
    const message = await bundled(htmlWithLinks);
    expect(message).toEqual(await parseMail(htmlWithLinks));
    expect(message.text).toContain('https://app.example.it/x');
    expect(message.defects).toEqual([]);
  });

  it('keep linkify-it, html-to-text, the top-level domain list, he, encoding-japanese, luxon and what they pull in out of the ingest bundle', async () => {
    const entry = join(PROJECT_ROOT, 'functions', 'ingest-email', 'index.ts');
    const { metafile } = await bundleLikeTheStack(entry, join(out, 'ingest'));
    const inputs = Object.keys(metafile.inputs);
    expect(
      inputs.filter((path) => /node_modules\/(linkify-it|html-to-text|htmlparser2|selderee)\//.test(path)),
    ).toEqual([]);
    expect(inputs).toContain('infra/left-out/linkify-it.ts');
    expect(inputs).toContain('infra/left-out/html-to-text.ts');
    expect(inputs.filter((path) => path.startsWith('node_modules/tlds/'))).toEqual([]);
    expect(inputs).toContain('infra/left-out/tlds.ts');
    // he, encoding-japanese and luxon are shipped beside the bundle, loaded on first use, not bundled.
    expect(inputs.filter((path) => /node_modules\/(he|encoding-japanese|luxon)\//.test(path))).toEqual([]);
    expect(inputs).toContain('infra/lazy/luxon.ts');
    // mailparser imports libmime's ES module build, mailsplit requires its CommonJS one: one copy ships.
    expect(inputs.filter((path) => path.startsWith('node_modules/libmime/dist/esm/'))).toEqual([]);
    expect(inputs).toContain('node_modules/libmime/dist/cjs/libmime.js');
  }, 60_000);

  it('accept the set-up calls mailparser makes at import', () => {
    const finder = linkifyIt();
    expect(finder.tlds([], false).tlds('onion', true).add('git:', 'http:').set({ fuzzyIP: true })).toBe(
      finder,
    );
  });

  it('say what was left out, and why, if ever reached', () => {
    expect(() => linkifyIt().match('https://example.com')).toThrow(LeftOutOfBundleError);
    expect(() => linkifyIt().pretest('x')).toThrow(
      /^linkify-it is left out of the Lambda bundles .*skipTextLinks$/,
    );
    expect(() => htmlToText('<p>x</p>')).toThrow(
      'html-to-text is left out of the Lambda bundles (infra/bundling.ts); parseMail must keep skipHtmlToText',
    );
  });
});
