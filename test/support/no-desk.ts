import { afterEach, beforeEach, vi } from 'vitest';
import { freePorts } from '../e2e/support/free-ports';

/** A port of 127.0.0.1 nobody listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const [port] = await freePorts(1);
  if (!port) throw new Error('no port');
  return port;
}

/** For each test of the calling suite, EDGE_PORT and DYNAMODB_PORT name closed ports: no local desk is running. */
export function withNoDeskRunning(): void {
  beforeEach(async () => {
    vi.stubEnv('DYNAMODB_PORT', String(await closedPort()));
    vi.stubEnv('EDGE_PORT', String(await closedPort()));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
}
