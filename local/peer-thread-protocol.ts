// What the desk and its peer thread (local/peer-thread.ts, local/peer-worker.ts) say to each other.

/** Where each peer listens (0 = any free port) and keeps its data. */
export interface PeerStartRequest {
  readonly dynamoDb: { readonly port: number; readonly dir: string };
  readonly ses: { readonly port: number };
  readonly s3: { readonly port: number; readonly dir: string };
}

/** The ports the peers bound. */
export interface PeerPorts {
  readonly dynamoDb: number;
  readonly ses: number;
  readonly s3: number;
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

/** Desk to thread: start the peers (once), then stop them. */
export type PeerThreadCommand = { readonly start: PeerStartRequest } | { readonly stop: true };

/** Thread to desk: the answer to each command. */
export type PeerThreadReply =
  | { readonly started: PeerPorts }
  | { readonly startFailed: PeerFailure }
  | { readonly stopped: true }
  | { readonly stopFailed: PeerFailure };
