import type { GroupDimension } from './dimensions';
import type { GroupRow } from './groups';
import { printable } from './printable';

/** A ratio as a percentage to a tenth (`57.1 %`); `-` when there is none. */
export const percent = (ratio: number | null) => (ratio === null ? '-' : `${(ratio * 100).toFixed(1)} %`);

/** A share as a percentage without needless decimals: `90 %`, `12.5 %`. */
export const share = (value: number) => `${Number((value * 100).toFixed(1))} %`;

/** An amount with cents and its currency: `1200.00 EUR`. */
export const money = (amount: number, currency: string) => `${amount.toFixed(2)} ${currency}`;

/** A customer as people find it: its name and the entry or address it stands for, printable. */
export const customerLabel = (key: string, name: string | null) =>
  name === null ? printable(key) : `${printable(name)} <${printable(key)}>`;

/** Rows as columns two spaces apart, each column as wide as its widest cell; `right` ones right-aligned. */
export function aligned(rows: readonly string[][], right: readonly boolean[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, i) => (right[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** A group's cell: a priority as itself, any other group with its dimension (`team: network`). */
export function groupLabel(dimension: GroupDimension, group: GroupRow): string {
  if (dimension === 'priority') return group.key ?? '';
  if (group.key === null) return `${dimension}: (none)`;
  return `${dimension}: ${dimension === 'customer' ? customerLabel(group.key, group.name) : printable(group.key)}`;
}
