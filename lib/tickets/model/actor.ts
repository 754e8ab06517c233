import type { Desk } from '../../desk/desk';
import { NotAnOperatorError } from '../errors';

/**
 * The acting operator's address as the history records it (trimmed, lower case), when it is one
 * of the desk's operator addresses (compared without case); NotAnOperatorError naming it and the
 * allowed ones otherwise. Every operator step is done by somebody the desk knows.
 */
export function operatorAddress(desk: Desk, address: string): string {
  const wanted = address.trim().toLowerCase();
  const allowed = desk.operatorAddresses.map((a) => a.trim().toLowerCase());
  if (wanted === '' || !allowed.includes(wanted)) throw new NotAnOperatorError(address, allowed);
  return wanted;
}
