import type { CustomerTerms, Desk } from '../desk/desk';
import type { TargetEvent } from '../desk/targets';
import type { Instant } from '../domain/vocabulary';
import { tierTargets } from './plan';
import type { TargetState } from './state';

/** The event each target is met by, from the tier (a target the desk no longer has: by none). */
function eventOf(desk: Desk, terms: CustomerTerms, name: string): TargetEvent | null {
  return tierTargets(desk, terms).find((t) => t.name === name)?.metBy ?? null;
}

/**
 * The targets after `events` happened at `at`: each pending one met by one of them, whose clock
 * had started, is met there. A resolution counts as the start of work.
 */
export function metTargets(
  desk: Desk,
  terms: CustomerTerms,
  states: readonly TargetState[],
  events: readonly TargetEvent[],
  at: Instant,
): TargetState[] {
  const all = events.includes('resolution') ? [...events, 'start' as const] : events;
  return states.map((s) => {
    const event = eventOf(desk, terms, s.name);
    return s.metAt === null && s.start <= at && event !== null && all.includes(event)
      ? { ...s, metAt: at }
      : s;
  });
}

/** The targets a reopening restarts: those met by the resolution. */
export function restartsOnReopen(desk: Desk, terms: CustomerTerms, state: TargetState): boolean {
  return eventOf(desk, terms, state.name) === 'resolution';
}
