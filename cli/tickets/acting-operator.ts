import type { Desk } from '../../lib/desk/desk';
import { UsageError } from '../usage-error';

/** The variable naming the operator a command acts as, when `--as` is not given. */
export const OPERATOR_VARIABLE = 'SUPPORT_DESK_OPERATOR';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Who is acting: `--as`, else SUPPORT_DESK_OPERATOR, and it must be one of the desk's operator
 * addresses (a step is recorded with its author, so an unknown author is refused, not guessed).
 */
export function actingOperator(as: string | undefined, env: Env, desk: Desk): string {
  const claimed = (as ?? env[OPERATOR_VARIABLE] ?? '').trim();
  const allowed = desk.operatorAddresses.join(', ');
  if (claimed === '') {
    throw new UsageError(`who is acting? pass --as ADDRESS or set ${OPERATOR_VARIABLE} (one of: ${allowed})`);
  }
  const known = desk.operatorAddresses.find((address) => address.toLowerCase() === claimed.toLowerCase());
  if (known === undefined) {
    throw new UsageError(
      `${JSON.stringify(claimed)} is not one of the desk's operator addresses (${allowed})`,
    );
  }
  return known;
}
