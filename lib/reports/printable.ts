// Customer names and addresses reach the report from mail and desk files: hostile text. A table
// cell must neither act on a terminal (escape sequences, bidi overrides, carriage returns) nor
// break the table (newlines, tabs) nor push it off the screen. One pass, linear in the input.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]+/g;

/** Longest cell a name or key is shown in; the JSON keeps it whole. */
export const CELL_MAX = 60;

/** Text for one table cell: control and bidi characters become one space each run, capped at CELL_MAX characters. */
export function printable(text: string): string {
  const flat = text.replace(UNPRINTABLE, ' ');
  const chars = [...flat];
  return chars.length <= CELL_MAX ? flat : `${chars.slice(0, CELL_MAX - 1).join('')}…`;
}
