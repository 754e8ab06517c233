/** Base of every desk configuration problem. */
export class DeskError extends Error {
  override readonly name: string = 'DeskError';
}

/** A desk file that does not validate: names the source, the field path and the offending value. */
export class DeskConfigError extends DeskError {
  override readonly name = 'DeskConfigError';

  constructor(
    readonly source: string,
    readonly field: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${source}: ${field || '(root)'}: ${detail}`, options);
  }
}
