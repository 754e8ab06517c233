import type { Category, Desk } from '../../desk/desk';
import { TicketRequestError } from '../errors';

/**
 * The desk's category an operator named (its id, any case); a TicketRequestError listing the
 * valid ids otherwise, so a typo is answered in one line and changes nothing.
 */
export function categoryOf(desk: Desk, text: string): Category {
  const wanted = text.trim().toLowerCase();
  const found = desk.categories.find((c) => c.id === wanted);
  if (found) return found;
  if (desk.categories.length === 0)
    throw new TicketRequestError(`desk ${desk.name} defines no categories (desk file: categories)`);
  const shown = JSON.stringify(wanted.slice(0, 40));
  throw new TicketRequestError(
    `unknown category ${shown}: expected one of ${desk.categories.map((c) => c.id).join(', ')}`,
  );
}
