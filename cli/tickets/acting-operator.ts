import { UsageError } from '../usage-error';

/** The variable naming the operator a command acts as, when `--as` is not given. */
export const OPERATOR_VARIABLE = 'SUPPORT_DESK_OPERATOR';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Who says they are acting: `--as`, else SUPPORT_DESK_OPERATOR. Asked before the desk is reached;
 * the ticket area then refuses an address that is not one of the desk's operators, since a step
 * is recorded with its author and none is guessed.
 */
export function claimedOperator(step: string, as: string | undefined, env: Env): string {
  const claimed = (as ?? env[OPERATOR_VARIABLE] ?? '').trim();
  if (claimed === '') {
    throw new UsageError(
      `${step} needs --as ADDRESS or ${OPERATOR_VARIABLE} (an operator address of the desk)`,
    );
  }
  return claimed;
}
