import { afterAll } from 'vitest';
import { createTicketTable, type TableRef } from '../../lib/aws/ticket-table';
import type { IngestPorts } from '../../lib/tickets/deps';
import { type IngestResult, ingestEmail } from '../../lib/tickets/intake/ingest';
import { type FaultKind, FaultPlan } from '../functions/fault-plan';
import {
  type AwsWorld,
  fakeServices,
  faultyPorts,
  injectDynamoFaults,
  rawBucket,
} from '../functions/faulty-aws';
import { SETTINGS } from '../lib/tickets/harness';
import { startLocalTable } from './dynalite';
import { startFakeS3 } from './fake-s3';

/** The faults a case injects: throttling, a 5xx, and a timeout whose request took effect. */
const FAULT_KINDS: readonly FaultKind[] = ['throttling', 'server-error', 'timeout'];

/** One case per fault kind and per call of a clean run of `calls` calls: `[kind, call]`. */
export function faultCases(calls: number): (readonly [FaultKind, number])[] {
  return FAULT_KINDS.flatMap((kind) => Array.from({ length: calls }, (_, i) => [kind, i + 1] as const));
}

/**
 * The real adapters over one dynalite and a local stand-in for S3, with SES and Scheduler mocked,
 * every call through the fault plan.
 */
export interface FaultWorld {
  readonly world: AwsWorld;
  /** A fresh table and empty services, faults off. */
  fresh(): Promise<{ table: TableRef; ports: IngestPorts }>;
  /** How many AWS calls a clean run of `scenario` makes after `setup`, on a fresh table. */
  callsOf(
    setup: (ports: IngestPorts) => Promise<unknown>,
    scenario: (ports: IngestPorts, table: TableRef) => Promise<unknown>,
  ): Promise<number>;
}

/** Starts the calling test file's fault world (stopped after the file); its tables are named `<prefix>-<n>`. */
export async function startFaultWorld(prefix: string): Promise<FaultWorld> {
  const world: AwsWorld = {
    accepted: [],
    schedules: new Map(),
    raw: new Map(),
    plan: new FaultPlan(null, 'throttling'),
  };
  const server = await startLocalTable('unused');
  const client = injectDynamoFaults(server.client, world);
  afterAll(async () => server.stop());
  const s3 = await startFakeS3(rawBucket(world));
  afterAll(async () => s3.close());
  let tables = 0;
  const fresh = async () => {
    world.plan = new FaultPlan(null, 'throttling');
    world.accepted.length = 0;
    world.schedules.clear();
    world.raw.clear();
    fakeServices(world);
    tables += 1;
    const table = { client, tableName: `${prefix}-${tables}` };
    // Created past the plan: how many DescribeTable polls it takes is none of the cases' business.
    await createTicketTable(server.client, table.tableName);
    return { table, ports: faultyPorts(table, s3.endpoint) };
  };
  const callsOf: FaultWorld['callsOf'] = async (setup, scenario) => {
    const { ports, table } = await fresh();
    await setup(ports);
    world.plan = new FaultPlan(null, 'throttling');
    await scenario(ports, table);
    return world.plan.calls;
  };
  return { world, fresh, callsOf };
}

/** One event's delivery like Lambda's: the result, and how many attempts failed before it. */
export interface Delivery {
  readonly result: IngestResult;
  readonly failures: number;
}

/** Delivers the event like Lambda: again after a failure, once the failed attempt's lease has expired. */
export async function deliverUntilDone(
  ports: IngestPorts,
  sesId: string,
  receivedAt: number,
): Promise<Delivery> {
  let now = receivedAt + 5_000;
  for (let attempt = 1; attempt <= 4; attempt++) {
    try {
      const result = await ingestEmail(
        { sesMessageId: sesId, receivedAt },
        ports,
        { id: `${sesId}-${attempt}`, now },
        SETTINGS,
      );
      return { result, failures: attempt - 1 };
    } catch {
      now += 2 * SETTINGS.leaseMs;
    }
  }
  throw new Error(`${sesId} was never ingested`);
}
