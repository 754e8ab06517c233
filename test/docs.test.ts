import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDeskJson } from '../lib/desk';
import { deskSchemas } from '../lib/desk/schema';
import { REQUIRED_FIELDS } from '../lib/domain/vocabulary';

const { customerSchema, deskSchema, tierSchema } = deskSchemas();

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Documents outside the repository that the project's own docs must never name.
const OUTSIDE = ['shared/spec', 'POLICIES.md', 'CONTRACT.md', 'ARCHITECTURE.md', 'STYLE.md'];

function markdownUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const pages = [join(root, 'README.md'), ...markdownUnder(join(root, 'docs'))];
const text = (path: string) => readFileSync(path, 'utf8');
const shown = (path: string) => relative(root, path);

/** Link targets of a markdown text, from `[text](target)`: fenced code is not markdown. */
function linksOf(markdown: string): string[] {
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsIn(path: string): string[] {
  return [...text(path).matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1] ?? ''));
}

describe('the README', () => {
  const readme = text(join(root, 'README.md'));

  it('is under 10 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThan(10_000);
  });

  it('starts, after the title and at most a short paragraph, with the two commands of a fresh clone', () => {
    const [title = '', ...rest] = readme.split('\n');
    expect(title).toMatch(/^# /);
    const beforeCode = rest.join('\n').split('```')[0] ?? '';
    expect(beforeCode.trim().length).toBeLessThan(400);
    const firstBlock = rest.join('\n').split('```')[1] ?? '';
    expect(firstBlock).toContain('npm ci && npm start');
    expect(firstBlock).toContain('npm ci && npm test');
  });

  it('names only npm scripts that package.json defines', () => {
    const scripts = Object.keys(JSON.parse(text(join(root, 'package.json'))).scripts);
    const named = [...readme.matchAll(/npm (?:run )?([a-z]+)/g)].map((m) => m[1] ?? '');
    const builtIn = ['ci', 'run', 'test', 'start', 'pack'];
    expect(named.filter((name) => !builtIn.includes(name) && !scripts.includes(name))).toEqual([]);
  });
});

describe('the README and every page under docs/', () => {
  it('link only to files of the repository that exist, headings included', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const link of linksOf(text(page))) {
        if (/^[a-z]+:/i.test(link)) continue; // checked below: no document outside the repository
        const [file = '', anchor] = link.split('#');
        const target = file === '' ? page : resolve(dirname(page), file);
        if (!existsSync(target)) broken.push(`${shown(page)}: ${link}`);
        else if (anchor && !anchorsIn(target).includes(anchor)) broken.push(`${shown(page)}: ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('point at no document outside the repository', () => {
    const outside = pages.flatMap((page) => {
      const body = text(page);
      const named = OUTSIDE.filter((name) => body.includes(name));
      const urls = [...body.matchAll(/https?:\/\/[^\s)`'"]+/g)].map((m) => m[0]);
      const remote = urls.filter((url) => !/^https?:\/\/127\.0\.0\.1[:/]/.test(url));
      return [...named, ...remote].map((found) => `${shown(page)}: ${found}`);
    });
    expect(outside).toEqual([]);
  });

  it('cite only repository paths that exist', () => {
    const cited = pages.flatMap((page) =>
      [...text(page).matchAll(/`((?:lib|local|functions|infra|cli|test|bench|examples|bin)\/[\w./-]*)`/g)]
        .map((m) => m[1] ?? '')
        .filter((path) => !existsSync(join(root, path)))
        .map((path) => `${shown(page)}: ${path}`),
    );
    expect(cited).toEqual([]);
  });
});

describe('the desk file page', () => {
  const page = text(join(root, 'docs', 'desk-file.md'));
  const example = page.split('## A complete example')[1]?.match(/```json\n([\s\S]*?)```/)?.[1] ?? '';

  it('gives a complete example that is a valid desk file', () => {
    expect(() => parseDeskJson(example, 'docs/desk-file.md')).not.toThrow();
  });

  it('writes every top-level field of the schema in its example', () => {
    expect(Object.keys(JSON.parse(example)).sort()).toEqual(Object.keys(deskSchema.shape).sort());
  });

  it('documents every field of the schema, of a tier, of a customer, of noContract and every required field', () => {
    const noContract = deskSchema.shape.noContract.def.innerType.shape;
    const fields = [
      ...Object.keys(deskSchema.shape),
      ...Object.keys(tierSchema.shape),
      ...Object.keys(customerSchema.shape),
      ...Object.keys(noContract),
      ...REQUIRED_FIELDS,
    ];
    expect(fields.filter((field) => !page.includes(`| \`${field}\``))).toEqual([]);
  });
});
