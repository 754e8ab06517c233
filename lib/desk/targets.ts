import type { BusinessDuration } from '../calendar';
import type { Language, Priority } from '../domain/vocabulary';
import type { LateStep } from './desk';

/**
 * What meets a target: the ticket taken in charge; the first email an operator step sends the
 * customer after the target's clock started (the answer of policy E's levels); the start of work
 * (`#start`, policy C's TI; a resolution counts as started); the resolution.
 */
export const TARGET_EVENTS = ['take-charge', 'first-answer', 'start', 'resolution'] as const;
export type TargetEvent = (typeof TARGET_EVENTS)[number];

/** When a target's clock starts: at the start of the SLA clock (a complete request), or on escalation to its team. */
export const TARGET_CLOCKS = ['intake', 'escalation'] as const;
export type TargetClock = (typeof TARGET_CLOCKS)[number];

/** The names of the two targets the contract's deadlines and reminder kinds stand for. */
export const CONTRACT_TARGETS = ['takeCharge', 'resolution'] as const;
export type ContractTarget = (typeof CONTRACT_TARGETS)[number];

/** A target name: camelCase, so that its reminder kinds never meet the contract's (which have hyphens). */
export const TARGET_NAME = /^[a-z][a-zA-Z0-9]{0,23}$/;

/** Which tickets a target applies to (policy A: non-blocking requests only); absent: all. */
export interface TargetCondition {
  readonly blocking?: boolean;
}

/** One named SLA target of a tier. */
export interface TargetTerms {
  readonly name: string;
  /** Business time from the clock start, per priority; null: nothing promised at that priority. */
  readonly within: Readonly<Record<Priority, BusinessDuration | null>>;
  readonly starts: TargetClock;
  /** The team whose escalation starts it (`starts: escalation`); null for intake targets. */
  readonly team: string | null;
  readonly metBy: TargetEvent;
  /** Shown to the customer (acknowledgement and lifecycle emails); else only the operators know it. */
  readonly promised: boolean;
  readonly when: TargetCondition | null;
  /** The customer's sentence per language, `{at}` the due time: "Presa in carico entro: {at}.". */
  readonly wording: Readonly<Record<Language, string>>;
  /** What operators' notices and reminders call it: "Presa in carico". */
  readonly label: Readonly<Record<Language, string>>;
  /** Its own late chain, in place of the desk's for this target; null: the desk's. */
  readonly lateChain: readonly LateStep[] | null;
}

/** Today's wording of the two contract targets: what the `sla` shorthand compiles into. */
export const CONTRACT_WORDING: Readonly<
  Record<ContractTarget, { wording: Record<Language, string>; label: Record<Language, string> }>
> = {
  takeCharge: {
    wording: { it: 'Presa in carico entro: {at}.', en: 'Taken in charge by: {at}.' },
    label: { it: 'Presa in carico', en: 'Take charge' },
  },
  resolution: {
    wording: { it: 'Risoluzione prevista entro: {at}.', en: 'Expected resolution by: {at}.' },
    label: { it: 'Risoluzione', en: 'Resolution' },
  },
};

/** The event a contract target is met by, when a desk file leaves it out. */
export const CONTRACT_EVENTS: Readonly<Record<ContractTarget, TargetEvent>> = {
  takeCharge: 'take-charge',
  resolution: 'resolution',
};

/** True for the two targets whose deadlines the ticket's `deadlines` carry. */
export function isContractTarget(name: string): name is ContractTarget {
  return (CONTRACT_TARGETS as readonly string[]).includes(name);
}

/** True when the target applies to a ticket with these facts. */
export function targetApplies(target: TargetTerms, facts: { readonly blocking: boolean }): boolean {
  return target.when?.blocking === undefined || target.when.blocking === facts.blocking;
}
