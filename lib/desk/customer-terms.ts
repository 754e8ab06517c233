import type { RequiredField } from '../domain/vocabulary';
import type { CustomerEntry, CustomerTerms, Desk } from './desk';

function domainsOf(address: string): string[] {
  const labels = (address.split('@')[1] ?? '').split('.');
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}

/** The customer entry of an address: the address itself first, then its domain, then parent domains. */
export function findCustomer(desk: Desk, address: string): CustomerEntry | null {
  const wanted = address.toLowerCase();
  const exact = desk.customers.find((c) => c.match === wanted);
  if (exact) return exact;
  for (const domain of domainsOf(wanted)) {
    const entry = desk.customers.find((c) => c.match === domain);
    if (entry) return entry;
  }
  return null;
}

function termsOf(desk: Desk, entry: CustomerEntry): CustomerTerms {
  // Policy C: without a contract, or with a contract and no credits left, best effort.
  const noCredits = desk.creditsRequired && (entry.credits ?? 0) <= 0;
  return {
    match: entry.match,
    name: entry.name,
    tier: entry.tier,
    contract: entry.contract,
    credits: entry.credits,
    calendarId: entry.calendarId,
    bestEffort: entry.contract ? noCredits : desk.noContract.bestEffort,
  };
}

/** What the desk promises the sender of these addresses (first known one wins); unknown senders get no-contract terms. */
export function customerTerms(desk: Desk, addresses: readonly string[]): CustomerTerms {
  for (const address of addresses) {
    const entry = findCustomer(desk, address);
    if (entry) return termsOf(desk, entry);
  }
  return desk.noContract;
}

/**
 * What a request under these terms must carry before its SLA clock starts: the customer entry's
 * own list, else its tier's, else the desk's (policy A asks a URL and a screenshot only of web
 * applications: a customer without one says so in its entry).
 */
export function requiredFieldsFor(desk: Desk, terms: CustomerTerms): readonly RequiredField[] {
  const entry = terms.match === null ? undefined : desk.customers.find((c) => c.match === terms.match);
  return entry?.requiredFields ?? desk.tiers.get(terms.tier)?.requiredFields ?? desk.requiredFields;
}
