import type { Instant } from '../domain/vocabulary';

/**
 * A named SLA target as a ticket carries it: computed once when its clock starts (by the intake,
 * an escalation, a reopening), moved by clarification pauses, recomputed by a priority change.
 */
export interface TargetState {
  /** The tier's target name: `takeCharge`, `intervention`, `secondLevel`. */
  readonly name: string;
  /** The team whose escalation started it; absent for a target of the intake. */
  readonly team?: string;
  /** When its clock started. */
  readonly start: Instant;
  readonly due: Instant;
  /** When the operators are warned (the desk's warningRatio of the business time to the due time, net of pauses). */
  readonly warning: Instant;
  /** When the event that meets it happened; null while pending. */
  readonly metAt: Instant | null;
  /** Shown to the customer. */
  readonly promised: boolean;
}

/** The contract's two deadlines (CONTRACT section 4) as the targets of those names give them. */
export function contractDeadlines(states: readonly TargetState[]): {
  readonly takeCharge: Instant | null;
  readonly resolution: Instant | null;
} {
  const due = (name: string) => states.find((s) => s.name === name)?.due ?? null;
  return { takeCharge: due('takeCharge'), resolution: due('resolution') };
}

/** The target of that name, or null. */
export function targetNamed(states: readonly TargetState[], name: string): TargetState | null {
  return states.find((s) => s.name === name) ?? null;
}
