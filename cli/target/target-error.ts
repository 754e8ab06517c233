import { LOCAL_EDGE } from '../../lib/local-desk-endpoint';

/** The desk a command targets cannot be reached or read: one line naming the stack, region or endpoint. */
export class TargetError extends Error {
  override readonly name = 'TargetError';
}

/** Nothing answers on the local desk's edge endpoint: says how to start it, or move the command. */
export function localDeskNotRunning(endpoint: string | undefined): TargetError {
  return new TargetError(
    `no local desk answers at ${endpoint}: start it with \`npm start\` (or set ${LOCAL_EDGE.portVariable} to the port it listens on)`,
  );
}
