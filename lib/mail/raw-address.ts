import type { MailAddress } from './message';

// The address of a header mailparser could not read, found by hand. A pattern such as
// /<?([^<>\s"@]+@[^<>\s"]+)>?/ restarts its scan of the local part at every character and
// took 27 s on a 160k-character From without an '@'; here each '@' is found once and the
// address grown outwards from it, so the cost is linear in the value's length.

const delimiter = (c: string | undefined) => c === undefined || /[<>\s"@,;()]/.test(c);

/** The first `local@domain` in a raw header value, lower case, or null when there is none. */
export function addressIn(value: string | null): MailAddress | null {
  if (value === null) return null;
  for (let at = value.indexOf('@'); at >= 0; at = value.indexOf('@', at + 1)) {
    let start = at;
    while (!delimiter(value[start - 1])) start--;
    let end = at + 1;
    while (!delimiter(value[end])) end++;
    if (start < at && end > at + 1) return { address: value.slice(start, end).toLowerCase(), name: '' };
  }
  return null;
}
