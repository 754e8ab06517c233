import type { AddressObject, EmailAddress } from 'mailparser';
import type { MailAddress } from './message';

function flatten(entries: readonly EmailAddress[]): EmailAddress[] {
  return entries.flatMap((e) => (e.group ? flatten(e.group) : [e]));
}

// Control characters never leave this module: a display name is echoed into replies.
function clean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** The mailboxes of an address header, bare lower-case addresses, groups flattened. */
export function mailboxes(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const objects = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return objects
    .flatMap((o) => flatten(o.value))
    .filter((e) => typeof e.address === 'string' && e.address.includes('@'))
    .map((e) => ({ address: clean(e.address ?? '').toLowerCase(), name: clean(e.name ?? '') }));
}
