const bracketed = /<[^<>\s]+>/g;

/** The message ids of an In-Reply-To or References value, without angle brackets, in order. */
export function messageIdsIn(value: string | readonly string[] | null | undefined): string[] {
  if (value === null || value === undefined) return [];
  const text = typeof value === 'string' ? value : value.join(' ');
  // match() on the global pattern, not matchAll(), which copies the pattern on every call.
  const ids = text.match(bracketed);
  if (ids) return ids.map((id) => id.slice(1, -1));
  // Some clients write ids without brackets; take any token that looks like local@domain.
  return text.split(/\s+/).filter((t) => /^[^@\s]+@[^@\s]+$/.test(t));
}

/** One message id without angle brackets, or null when the value holds none. */
export function singleMessageId(value: string | null | undefined): string | null {
  return messageIdsIn(value)[0] ?? null;
}
