import type { HolidayData } from 'date-holidays/data';

/**
 * A one-country slice of date-holidays' rules: enough for date-holidays-parser to compute
 * that country's holidays, small enough that a Lambda bundle ships only what a desk uses.
 */
export type HolidayDataSubset = HolidayData;

/** Names referenced by `_name` anywhere in a rule tree (shared holiday names live apart). */
function referencedNames(tree: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(tree)) {
    for (const item of tree) referencedNames(item, found);
  } else if (tree !== null && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) {
      if (key === '_name' && typeof value === 'string') found.add(value);
      else referencedNames(value, found);
    }
  }
  return found;
}

/** The rules of one country from the full data, with the shared names it refers to. */
export function subsetFor(full: HolidayData, country: string): HolidayDataSubset {
  const rules = full.holidays[country];
  if (rules === undefined) throw new Error(`date-holidays has no country ${country}`);
  const names = [...referencedNames(rules, new Set())].sort();
  return {
    version: full.version,
    license: full.license,
    holidays: { [country]: rules },
    names: Object.fromEntries(names.filter((n) => n in full.names).map((n) => [n, full.names[n]])),
  };
}
