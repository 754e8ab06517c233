import type * as z from '../zod-mini';
import { DeskConfigError } from './errors';

type Path = readonly PropertyKey[];

function fieldPath(path: Path): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

function valueAt(input: unknown, path: Path): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function shown(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The first zod issue as one line: source, field path, what is wrong and the value found. */
export function deskErrorFromZod(error: z.core.$ZodError, input: unknown, source: string): DeskConfigError {
  const issue = error.issues[0];
  if (!issue) return new DeskConfigError(source, '', 'invalid desk');
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const path = keys.length > 0 ? [...issue.path, keys[0] ?? ''] : issue.path;
  const detail =
    keys.length > 0 ? 'unknown field' : `${issue.message} (found ${shown(valueAt(input, path))})`;
  return new DeskConfigError(source, fieldPath(path), detail);
}
