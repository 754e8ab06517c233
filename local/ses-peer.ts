import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { PortUnavailableError } from './errors';
import { boundPort, closeHttpServer, LOOPBACK } from './listen';
import { keepSesMessageIds } from './ses-message-header';
import { LOCAL_ENV } from './settings';

/** A running SES-compatible endpoint whose web outbox shows what the desk sent. */
export interface SesPeer {
  readonly port: number;
  /** What the AWS SDK's SES client is pointed at. */
  readonly endpoint: string;
  /** The page a person opens in a browser. */
  readonly outboxUrl: string;
  /** `GET` it for the sent emails as JSON (aws-ses-v2-local's `/store` shape). */
  readonly storeUrl: string;
  stop(): Promise<void>;
}

// aws-ses-v2-local is CommonJS with an `exports.default`; requiring it gives the shape its
// type declarations describe, where an ESM default import would give the whole exports object.
const sesLocal = createRequire(import.meta.url)('aws-ses-v2-local') as typeof import('aws-ses-v2-local');

/** Starts aws-ses-v2-local on 127.0.0.1 (0 = any free port). Its outbox lives in memory. */
export async function startSesPeer(port: number): Promise<SesPeer> {
  keepSesMessageIds();
  const server: Server = await sesLocal.default({ host: LOOPBACK, port });
  // The library resolves even when listening failed; a server that is not listening tells.
  if (!server.listening) throw new PortUnavailableError('SES (aws-ses-v2-local)', port, LOCAL_ENV.sesPort);
  const bound = boundPort(server);
  const endpoint = `http://${LOOPBACK}:${bound}`;
  return {
    port: bound,
    endpoint,
    outboxUrl: `${endpoint}/`,
    storeUrl: `${endpoint}/store`,
    stop: () => closeHttpServer(server),
  };
}
