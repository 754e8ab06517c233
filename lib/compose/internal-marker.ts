/**
 * A line every email to operators carries above its internal content. An operator's answer is cut
 * at it before anything goes to the customer, so a notice quoted without `>` marks (top-posting
 * clients, forwarded text) still never reaches them: belt and braces to the own-words cut.
 */
export const INTERNAL_MARKER = '--- support-desk: internal, not sent to the customer ---';

/** The text above the first line holding the internal marker (all of it when there is none). */
export function aboveInternalMarker(text: string): string {
  const at = text.indexOf(INTERNAL_MARKER);
  if (at < 0) return text;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  return text.slice(0, lineStart);
}
