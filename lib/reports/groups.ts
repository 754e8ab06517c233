import type { Desk } from '../desk/desk';
import { PRIORITIES } from '../domain/vocabulary';
import { byNameThenKey } from './customer-of';
import { type GroupDimension, type GroupKey, groupKeyOf } from './dimensions';
import { type ReportRow, tally } from './tally';
import { targetCatalogue } from './target-catalogue';
import type { TicketOutcome } from './ticket-outcome';

/** One group's line: its key, its name and the same counts as the period's overall line. */
export interface GroupRow extends GroupKey {
  readonly row: ReportRow;
}

/** The lines of one dimension in a period. */
export interface GroupSection {
  readonly dimension: GroupDimension;
  readonly rows: readonly GroupRow[];
}

// A stable order for readers and diffs: by name (or key), the "none" group last.
function byLabel(a: GroupKey, b: GroupKey): number {
  if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? 0 : 1) : -1;
  return byNameThenKey({ key: a.key, name: a.name }, { key: b.key, name: b.name });
}

/**
 * The judged tickets of a period counted per group of `dimension`. Priorities are always all four,
 * in order (as `byPriority`); other dimensions list the groups that have tickets.
 */
export function groupSection(
  judged: readonly TicketOutcome[],
  dimension: GroupDimension,
  desk: Desk,
  target: number,
): GroupSection {
  const groups = new Map<string | null, { key: GroupKey; outcomes: TicketOutcome[] }>();
  if (dimension === 'priority')
    for (const p of PRIORITIES) groups.set(p, { key: { key: p, name: null }, outcomes: [] });
  for (const outcome of judged) {
    const key = groupKeyOf(outcome.ticket, dimension, desk);
    const group = groups.get(key.key) ?? { key, outcomes: [] };
    group.outcomes.push(outcome);
    groups.set(key.key, group);
  }
  const ordered = [...groups.values()];
  if (dimension !== 'priority') ordered.sort((a, b) => byLabel(a.key, b.key));
  const catalogue = targetCatalogue(desk);
  return { dimension, rows: ordered.map((g) => ({ ...g.key, row: tally(g.outcomes, target, catalogue) })) };
}
