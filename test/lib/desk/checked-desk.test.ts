import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_CHECKED_DESK, type CheckedDesk } from '../../../lib/desk/checked-desk';
import { DEFAULT_DESK_FILE, defaultDesk } from '../../../lib/desk/default-desk';
import { loadDeskFile } from '../../../lib/desk/desk-file';
import { checkDeskJson, compileCheckedDesk, parseDeskJson } from '../../../lib/desk/parse-desk';

const examples = join(import.meta.dirname, '..', '..', '..', 'examples', 'desks');
const deskTexts: ReadonlyArray<readonly [string, string]> = [
  ['the embedded default desk', JSON.stringify(DEFAULT_DESK_FILE)],
  ...readdirSync(examples).map((name) => [name, readFileSync(join(examples, name), 'utf8')] as const),
];

/** What a bundle carries: the checked desk through JSON, as the esbuild define writes it. */
const carried = (text: string, source: string): CheckedDesk =>
  JSON.parse(JSON.stringify({ text, ...checkDeskJson(text, source) })) as CheckedDesk;

const dir = mkdtempSync(join(tmpdir(), 'support-desk-checked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a desk checked at synth', () => {
  it.each(deskTexts)('compiles %s, carried as JSON, into the desk the schemas parse', (name, text) => {
    const checked = carried(text, name);
    expect(compileCheckedDesk(checked, name)).toEqual(parseDeskJson(text, name));
  });

  it('is what a bundle reads when its file is the text checked, and nothing outside a bundle', () => {
    expect(BUNDLED_CHECKED_DESK).toBeUndefined();
    const text = readFileSync(join(examples, 'standard.json'), 'utf8');
    const path = join(dir, 'desk.json');
    writeFileSync(path, text);
    // A name the file does not have shows which of the two the loader compiled.
    const checked = carried(text, 'desk.json');
    const marked: CheckedDesk = { ...checked, file: { ...checked.file, name: 'checked at synth' } };
    expect(loadDeskFile(path, dir, marked).desk.name).toBe('checked at synth');
    expect(loadDeskFile(path, dir, { ...marked, text: `${text} ` }).desk).toEqual(parseDeskJson(text, path));
  });

  it('is what a bundle reads for the embedded default desk when that is what was checked', () => {
    const text = JSON.stringify(DEFAULT_DESK_FILE);
    const checked = carried(text, 'default desk');
    const marked: CheckedDesk = { ...checked, file: { ...checked.file, name: 'checked at synth' } };
    expect(loadDeskFile(undefined, dir, marked).desk.name).toBe('checked at synth');
    expect(
      loadDeskFile(undefined, dir, carried(readFileSync(join(examples, 'itil.json'), 'utf8'), 'itil')).desk,
    ).toBe(defaultDesk());
  });

  it("gives the same customer-number patterns on every read, those of the desk's phrases", () => {
    const desk = compileCheckedDesk(carried(JSON.stringify(DEFAULT_DESK_FILE), 'desk'));
    expect(desk.customerNumberPatterns).toBe(desk.customerNumberPatterns);
    expect(desk.customerNumberPatterns.map(String)).toEqual(defaultDesk().customerNumberPatterns.map(String));
  });
});
