import { cleanSystemsText } from '../../intake/connected-systems';
import { TicketRequestError } from '../errors';

/** An operator's text for the connected systems, cleaned and capped as the customer's; refused when empty. */
export function systemsText(text: string): string {
  const clean = cleanSystemsText(text);
  if (clean === '') throw new TicketRequestError('the connected systems need a text (what is connected)');
  return clean;
}
