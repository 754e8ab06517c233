import type { Desk } from '../../lib/desk';
import type { Instant } from '../../lib/domain/vocabulary';
import { decide } from '../../lib/intake';
import { hasHeaderSection, parseMail } from '../../lib/mail';
import { dryRunJson } from './dry-run-json';
import { messagesOf } from './ingest-sources';
import { countDecision, countError, emptySummary } from './ingest-summary';

/** Why bytes are not a message (empty, no header section), or null when they are one. */
export function notAMessage(source: string, raw: Uint8Array): string | null {
  if (raw.byteLength === 0) return `${source}: empty file, not a message`;
  if (!hasHeaderSection(raw)) return `${source}: no header section, not an RFC 5322 message`;
  return null;
}

/**
 * A replay: one JSON line per message (its `source` first, then the decision, or `error` for a
 * file that is no message, and the replay goes on), then one `{"summary": ...}` line.
 */
export async function replay(paths: readonly string[], desk: Desk, receivedAt: Instant): Promise<void> {
  const summary = emptySummary();
  const out: string[] = [];
  const flush = () => {
    if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  };
  for await (const { source, bytes } of messagesOf(paths)) {
    const problem = notAMessage(source, bytes);
    if (problem) {
      countError(summary);
      out.push(JSON.stringify({ source, error: problem }));
      continue;
    }
    const started = performance.now();
    const message = await parseMail(bytes);
    const decision = decide(message, desk, receivedAt);
    countDecision(summary, source, decision, performance.now() - started);
    out.push(JSON.stringify({ source, ...dryRunJson(desk, decision, message) }));
    if (out.length >= 256) flush();
  }
  out.push(JSON.stringify({ summary }));
  flush();
}
