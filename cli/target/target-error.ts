/** The desk a command targets cannot be reached or read: one line naming the stack, region or endpoint. */
export class TargetError extends Error {
  override readonly name = 'TargetError';
}
