// What the desk and its peer threads (local/peer-threads.ts, local/peer-worker.ts) say to each other.

/** Where each peer listens (0 = any free port) and keeps its data. */
export interface PeerStartRequest {
  readonly dynamoDb: { readonly port: number; readonly dir: string };
  readonly ses: { readonly port: number };
  readonly s3: { readonly port: number; readonly dir: string };
}

/** The stand-ins, by the name the requests and ports use. */
export type PeerName = keyof PeerStartRequest;

/** The ports the peers bound. */
export type PeerPorts = Readonly<Record<PeerName, number>>;

/** A peer thread's `workerData`: the peers it loads at once and runs. */
export interface PeerThreadData {
  readonly peers: readonly PeerName[];
}

/** Why a peer did not start or stop, as plain data: errors do not cross threads with their class. */
export interface PeerFailure {
  readonly name: string;
  readonly message: string;
  /** Set for a PortUnavailableError, so that the desk raises the same one-line error. */
  readonly portUnavailable?: {
    readonly peer: string;
    readonly port: number;
    readonly variable: string;
    readonly causeCode?: string;
    readonly causeMessage?: string;
  };
}

/** Desk to thread: start its peers (once), then stop them. Each thread reads its own part of the request. */
export type PeerThreadCommand = { readonly start: PeerStartRequest } | { readonly stop: true };

/** Thread to desk: the answer to each command; `started` holds the ports of that thread's peers. */
export type PeerThreadReply =
  | { readonly started: Partial<PeerPorts> }
  | { readonly startFailed: PeerFailure }
  | { readonly stopped: true }
  | { readonly stopFailed: PeerFailure };
