import type { Server } from 'node:http';
import type { AddressInfo, Server as NetServer } from 'node:net';
import { PortUnavailableError } from './errors';

/** The loopback interface every local peer listens on: nothing reaches the network. */
export const LOOPBACK = '127.0.0.1';

/**
 * Listens on 127.0.0.1:port (0 = any free port) and resolves with the port actually bound; a
 * taken port fails with one line naming `variable`, the setting to change.
 */
export function listenOnLoopback(
  server: NetServer,
  port: number,
  peer: string,
  variable: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(new PortUnavailableError(peer, port, variable, { cause: error }));
    server.once('error', fail);
    server.listen(port, LOOPBACK, () => {
      server.off('error', fail);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Closes an HTTP server now: idle keep-alive sockets of SDK clients would otherwise hold it open. */
export function closeHttpServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/** Port a server bound, for peers whose library listened by itself. */
export function boundPort(server: NetServer): number {
  return (server.address() as AddressInfo).port;
}
