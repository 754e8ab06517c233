import type { Decision } from '../../lib/intake';

/** What a replay adds up over its messages. */
export interface ReplaySummary {
  messages: number;
  errors: number;
  outcomes: Record<string, number>;
  ignoreReasons: Record<string, number>;
  languages: Record<string, number>;
  priorities: Record<string, number>;
  missingFields: Record<string, number>;
  unverifiedSenders: number;
  slowest: { source: string; ms: number }[];
}

/** Messages listed as the slowest. */
const SLOWEST = 5;

/** An empty summary. */
export function emptySummary(): ReplaySummary {
  return {
    messages: 0,
    errors: 0,
    outcomes: {},
    ignoreReasons: {},
    languages: {},
    priorities: {},
    missingFields: {},
    unverifiedSenders: 0,
    slowest: [],
  };
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Counts one decided message, taken in `ms` milliseconds. */
export function countDecision(s: ReplaySummary, source: string, decision: Decision, ms: number): void {
  s.messages += 1;
  bump(s.outcomes, decision.outcome);
  bump(s.languages, decision.language);
  if (!decision.verified) s.unverifiedSenders += 1;
  if (decision.outcome === 'ignore') bump(s.ignoreReasons, decision.reason);
  else {
    bump(s.priorities, decision.ticket.priority);
    for (const field of decision.ticket.missingFields) bump(s.missingFields, field);
  }
  s.slowest.push({ source, ms: Math.round(ms * 100) / 100 });
  s.slowest.sort((a, b) => b.ms - a.ms);
  s.slowest.length = Math.min(s.slowest.length, SLOWEST);
}

/** Counts one message that could not be read as one. */
export function countError(s: ReplaySummary): void {
  s.messages += 1;
  s.errors += 1;
}
