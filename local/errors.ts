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

/** A local listener could not listen on its port (usually: another program holds it). */
export class PortUnavailableError extends LocalDeskError {
  override readonly name = 'PortUnavailableError';
  constructor(
    readonly peer: string,
    readonly port: number,
    /** The variable that sets the port: what to change. */
    readonly variable: string,
    options?: ErrorOptions,
  ) {
    super(
      `${peer} cannot listen on 127.0.0.1:${port} (${reason(options?.cause)}); set ${variable} to a free port`,
      options,
    );
  }
}

// One line whatever the cause: a port in use says so, anything else gives its code or first line.
function reason(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE' || cause === undefined) return 'the port is in use';
  if (code) return code;
  return cause instanceof Error ? (cause.message.split('\n')[0] ?? 'error') : 'error';
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
