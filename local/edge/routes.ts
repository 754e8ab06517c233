/** Where the edge sends a request: a peer's port, the in-process CloudFormation answer, or an error. */
export type EdgeRoute =
  | { readonly kind: 'peer'; readonly peer: string; readonly port: number }
  | { readonly kind: 'cloudformation' }
  | { readonly kind: 'unavailable'; readonly peer: string }
  | { readonly kind: 'unknown-service'; readonly service: string }
  | { readonly kind: 'unsigned' };

/** The ports the edge forwards to; the Scheduler peer's is null until it is part of the desk. */
export interface EdgePorts {
  readonly dynamoDb: number;
  readonly ses: number;
  readonly s3: number;
  readonly scheduler: number | null;
}

/**
 * The routing table: signing service to peer. SES's SDK clients sign as `ses` (v1 and v2);
 * `email` is its endpoint prefix, which older signers use as the signing name.
 */
export const SERVICE_PEERS = {
  dynamodb: 'dynamoDb',
  ses: 'ses',
  email: 'ses',
  s3: 's3',
  scheduler: 'scheduler',
} as const satisfies Record<string, keyof EdgePorts>;

/** Every service the edge answers for, as error messages list them. */
export const EDGE_SERVICES = [...Object.keys(SERVICE_PEERS), 'cloudformation'] as const;

/** Where a request goes, from its signing service (null: unsigned) and its method and path. */
export function routeOf(service: string | null, method: string, url: string, ports: EdgePorts): EdgeRoute {
  // The Scheduler peer's own operations (`POST /_local/fire-due`) are plain requests.
  if (service === null && method === 'POST' && url.startsWith('/_local/')) return schedulerRoute(ports);
  if (service === null) return { kind: 'unsigned' };
  if (service === 'cloudformation') return { kind: 'cloudformation' };
  if (!Object.hasOwn(SERVICE_PEERS, service)) return { kind: 'unknown-service', service };
  const peer = SERVICE_PEERS[service as keyof typeof SERVICE_PEERS];
  if (peer === 'scheduler') return schedulerRoute(ports);
  return { kind: 'peer', peer, port: ports[peer] };
}

function schedulerRoute(ports: EdgePorts): EdgeRoute {
  return ports.scheduler === null
    ? { kind: 'unavailable', peer: 'scheduler' }
    : { kind: 'peer', peer: 'scheduler', port: ports.scheduler };
}
