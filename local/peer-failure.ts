import { PortUnavailableError } from './errors';
import type { PeerFailure } from './peer-threads-protocol';

/** An error as data for the desk's thread; a busy port keeps what is needed to raise the same PortUnavailableError. */
export function failureOf(error: unknown): PeerFailure {
  if (error instanceof PortUnavailableError) {
    const cause = error.cause as NodeJS.ErrnoException | undefined;
    return {
      name: error.name,
      message: error.message,
      portUnavailable: {
        peer: error.peer,
        port: error.port,
        variable: error.variable,
        ...(cause?.code ? { causeCode: cause.code } : {}),
        ...(cause?.message ? { causeMessage: cause.message } : {}),
      },
    };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The error a peer thread reported, rebuilt: a busy port gives the same one-line PortUnavailableError. */
export function errorOf(failure: PeerFailure): Error {
  const busy = failure.portUnavailable;
  if (busy) {
    // The cause only shapes the message's reason: the same code (or first line) gives the same line.
    const cause =
      busy.causeMessage === undefined
        ? undefined
        : Object.assign(new Error(busy.causeMessage), busy.causeCode ? { code: busy.causeCode } : {});
    return new PortUnavailableError(busy.peer, busy.port, busy.variable, cause ? { cause } : undefined);
  }
  return Object.assign(new Error(failure.message), { name: failure.name });
}
