import type { Desk } from '../desk/desk';

/** A target name the report judges, and whether the desk promises it to customers. */
export interface CatalogueTarget {
  readonly name: string;
  /** Promised in some tier that has it (a desk may promise a target to one tier and keep it internal for another). */
  readonly promised: boolean;
}

/**
 * Every target name of the desk's tiers, in the order the tiers list them (first tier first), each
 * once: the targets the report counts per ticket, the same list for every line.
 */
export function targetCatalogue(desk: Desk): CatalogueTarget[] {
  const byName = new Map<string, boolean>();
  for (const tier of desk.tiers.values())
    for (const target of tier.targets)
      byName.set(target.name, (byName.get(target.name) ?? false) || target.promised);
  return [...byName].map(([name, promised]) => ({ name, promised }));
}
