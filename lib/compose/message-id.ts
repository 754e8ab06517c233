import { createHash } from 'node:crypto';

/**
 * The desk's own Message-ID for one email: deterministic from ticket, kind and a seed (the
 * customer's Message-ID, a reminder name), so a retried Lambda sends the same id and the
 * receiving side can dedupe. Returned without angle brackets.
 */
export function deskMessageId(ticketNumber: string, kind: string, seed: string, fromAddress: string): string {
  const domain = fromAddress.split('@')[1] ?? 'localhost';
  const hash = createHash('sha256')
    .update(`${ticketNumber}\u0000${kind}\u0000${seed}`)
    .digest('hex')
    .slice(0, 20);
  return `${ticketNumber}.${kind}.${hash}@${domain}`;
}
