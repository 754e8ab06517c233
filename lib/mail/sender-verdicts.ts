/** How one authentication method judged the sender: SES's receipt verdicts, lower case. */
export type Verdict = 'pass' | 'fail' | 'gray' | 'none' | 'unknown';

/** What the receiving side said about the sender: SPF, DKIM and DMARC. */
export interface SenderVerdicts {
  readonly spf: Verdict;
  readonly dkim: Verdict;
  readonly dmarc: Verdict;
}

/** What the desk assumes when nothing judged the sender (the local desk takes mail as passing). */
export const PASSING: SenderVerdicts = { spf: 'pass', dkim: 'pass', dmarc: 'pass' };

const SES_AUTHSERV_ID = 'amazonses.com';

/** A verdict word of SES (`PASS`, `FAIL`, `GRAY`, `PROCESSING_FAILED`, `DISABLED`) or of RFC 8601. */
export function verdictOf(word: string | null | undefined): Verdict {
  const w = (word ?? '').trim().toLowerCase();
  if (w === 'pass' || w === 'fail' || w === 'none') return w;
  if (w === 'gray' || w === 'softfail' || w === 'neutral') return 'gray';
  return 'unknown';
}

/**
 * The verdicts of the topmost Authentication-Results header (RFC 8601) whose authserv-id is
 * amazonses.com: SES prepends its own, so any below it, or from another server, may be the
 * sender's forgery. Passing when there is none.
 */
export function verdictsInHeaders(headers: ReadonlyMap<string, readonly string[]>): SenderVerdicts {
  const ses = (headers.get('authentication-results') ?? []).find(
    (value) => (value.split(';', 1)[0] ?? '').trim().split(/\s+/, 1)[0]?.toLowerCase() === SES_AUTHSERV_ID,
  );
  if (ses === undefined) return PASSING;
  const found = new Map<string, string>();
  for (const m of ses.slice(0, 4000).matchAll(/(?:^|;)\s*(spf|dkim|dmarc)\s*=\s*([a-z]+)/gi)) {
    const method = (m[1] ?? '').toLowerCase();
    if (!found.has(method)) found.set(method, m[2] ?? '');
  }
  return {
    spf: verdictOf(found.get('spf')),
    dkim: verdictOf(found.get('dkim')),
    dmarc: verdictOf(found.get('dmarc')),
  };
}

/** Unverified: SPF and DKIM both fail, or DMARC fails. Such a sender's From may be forged. */
export function isUnverified(v: SenderVerdicts): boolean {
  return (v.spf === 'fail' && v.dkim === 'fail') || v.dmarc === 'fail';
}

/**
 * Authenticated, as an operator's email must be to be acted on: DKIM passes, or SPF passes and
 * DMARC does not fail. Stricter than not unverified: an operator's word changes tickets.
 */
export function isAuthenticated(v: SenderVerdicts): boolean {
  return v.dkim === 'pass' || (v.spf === 'pass' && v.dmarc !== 'fail');
}
