/** An intake invariant broken by the caller (e.g. a Desk built by hand that names a missing calendar). */
export class IntakeError extends Error {
  override readonly name = 'IntakeError';
}
