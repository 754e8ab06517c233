import type { Desk } from '../../lib/desk/desk';
import { operatorAddress } from '../../lib/tickets';
import { UsageError } from '../usage-error';

/** The variable naming the operator a command acts as, when `--as` is not given. */
export const OPERATOR_VARIABLE = 'SUPPORT_DESK_OPERATOR';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Who is acting: `--as`, else SUPPORT_DESK_OPERATOR; the ticket area refuses an address that is
 * not one of the desk's operators (a step is recorded with its author, so none is guessed).
 */
export function actingOperator(as: string | undefined, env: Env, desk: Desk): string {
  const claimed = (as ?? env[OPERATOR_VARIABLE] ?? '').trim();
  if (claimed === '') {
    const allowed = desk.operatorAddresses.join(', ');
    throw new UsageError(`who is acting? pass --as ADDRESS or set ${OPERATOR_VARIABLE} (one of: ${allowed})`);
  }
  return operatorAddress(desk, claimed);
}
