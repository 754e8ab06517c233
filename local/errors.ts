/** Base of every error the local desk raises: one line an operator can act on. */
export class LocalDeskError extends Error {
  override readonly name: string = 'LocalDeskError';
}

/** A setting of the local desk (environment variable) has a value it cannot use. */
export class LocalSettingError extends LocalDeskError {
  override readonly name = 'LocalSettingError';
  constructor(
    readonly variable: string,
    readonly value: string,
    expected: string,
  ) {
    super(`${variable}=${JSON.stringify(value)}: expected ${expected}`);
  }
}

/** A local peer could not listen on its port (usually: another program holds it). */
export class PortUnavailableError extends LocalDeskError {
  override readonly name = 'PortUnavailableError';
  constructor(
    readonly peer: string,
    readonly port: number,
    options?: ErrorOptions,
  ) {
    const why = options?.cause instanceof Error ? `: ${options.cause.message}` : '';
    super(`${peer} cannot listen on 127.0.0.1:${port}${why}`, options);
  }
}

/** The local desk is not running where a command looked for it. */
export class DeskNotRunningError extends LocalDeskError {
  override readonly name = 'DeskNotRunningError';
  constructor(
    readonly endpoint: string,
    options?: ErrorOptions,
  ) {
    super(`no local desk answers at ${endpoint} (start it with \`npm start\`)`, options);
  }
}
