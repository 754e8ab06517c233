import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_DESK_FILE, defaultDesk } from './default-desk';
import type { Desk } from './desk';
import { DeskError } from './errors';
import { parseDeskJson } from './parse-desk';

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
 */
export function loadDeskFile(path: string | undefined, baseDir: string): LoadedDesk {
  if (path === undefined) {
    return { desk: defaultDesk(), json: JSON.stringify(DEFAULT_DESK_FILE), source: DEFAULT_DESK_SOURCE };
  }
  const fullPath = isAbsolute(path) ? path : resolve(baseDir, path);
  let json: string;
  try {
    json = readFileSync(fullPath, 'utf8');
  } catch (error) {
    throw new DeskFileUnreadableError(path, fullPath, (error as NodeJS.ErrnoException).code ?? 'error');
  }
  return { desk: parseDeskJson(json, path), json, source: path };
}
