import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Desk } from '../../../../lib/desk/desk';
import { parseDesk } from '../../../../lib/desk/parse-desk';
import { HOUR, MONDAY_10, OPERATOR } from '../fixtures';
import type { Harness } from '../harness';

export const NUMBER = '2026-000001';
export const LATER = MONDAY_10 + 2 * HOUR;

/** One of examples/desks as written (JSON). */
export function exampleFile(name: string): Record<string, unknown> {
  const path = join(import.meta.dirname, '../../../../examples/desks', `${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** One of examples/desks, parsed as the desk reads it, with `change` written over its top-level fields. */
export function exampleDesk(name: string, change: Record<string, unknown> = {}): Desk {
  return parseDesk({ ...exampleFile(name), ...change }, `${name}.json`);
}

/** An operator's answer on ticket NUMBER with `body` as its own words, delivered at `at`. */
export function operatorAnswer(desk: Harness, id: string, body: string, at = LATER) {
  const raw = [
    `From: ${OPERATOR}`,
    'To: support@example.com',
    `Subject: Re: [#${NUMBER}] x`,
    `Message-ID: <${id}@example.com>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\r\n');
  return desk.receive(`ses-${id}`, raw, at);
}
