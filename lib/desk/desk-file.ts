import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { BUNDLED_CHECKED_DESK, type CheckedDesk } from './checked-desk';
import { DEFAULT_DESK_FILE, defaultDesk } from './default-desk';
import type { Desk } from './desk';
import { DeskError } from './errors';
import { compileCheckedDesk, parseDeskJson } from './parse-desk';

/** A desk, the text it was read from (what the desk's table keeps) and where it came from. */
export interface LoadedDesk {
  readonly desk: Desk;
  /** The desk file's text, or the embedded default's JSON. */
  readonly json: string;
  /** The path as given, or the embedded default's name. */
  readonly source: string;
}

/** Where the embedded default desk comes from, as the banner and the stored configuration say. */
export const DEFAULT_DESK_SOURCE = 'embedded default desk (support@example.com)';

/** The desk file cannot be read at all; each runtime words it in its own terms (variable, flag, context key). */
export class DeskFileUnreadableError extends DeskError {
  override readonly name = 'DeskFileUnreadableError';
  constructor(
    /** The path as given. */
    readonly path: string,
    /** The absolute path tried. */
    readonly fullPath: string,
    /** The file system's error code (ENOENT, EACCES, ...). */
    readonly code: string,
  ) {
    super(`cannot read desk file ${fullPath} (${code})`);
  }
}

/**
 * The one loader of desk files, for the functions, the local desk, the CLI and the CDK app: the
 * file at `path` (relative to `baseDir`), else the embedded default desk. Synchronous: it runs
 * once at start, before anything else can happen. A bad file throws DeskConfigError naming the
 * file, the field and the value (parseDeskJson); an unreadable one DeskFileUnreadableError.
 * `checked` is the desk a Lambda bundle's synth checked: when the text read is its text, the desk
 * is compiled from it without the schemas (the same Desk: test/lib/desk/checked-desk.test.ts).
 */
export function loadDeskFile(
  path: string | undefined,
  baseDir: string,
  checked: CheckedDesk | undefined = BUNDLED_CHECKED_DESK,
): LoadedDesk {
  if (path === undefined) {
    const json = JSON.stringify(DEFAULT_DESK_FILE);
    const desk = checked?.text === json ? compileCheckedDesk(checked, 'default desk') : defaultDesk();
    return { desk, json, source: DEFAULT_DESK_SOURCE };
  }
  const fullPath = isAbsolute(path) ? path : resolve(baseDir, path);
  let json: string;
  try {
    json = readFileSync(fullPath, 'utf8');
  } catch (error) {
    throw new DeskFileUnreadableError(path, fullPath, (error as NodeJS.ErrnoException).code ?? 'error');
  }
  const desk = checked?.text === json ? compileCheckedDesk(checked, path) : parseDeskJson(json, path);
  return { desk, json, source: path };
}
