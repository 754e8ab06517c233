import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { HttpDynamoDb } from '../lib/aws/dynamo-api';
import { createTicketTable } from '../lib/aws/ticket-table';
import { AWS_ENV, ENV } from '../lib/env-names';
import { type DynamoDbPeer, startDynamoDbPeer } from '../local/dynamodb-peer';
import { LOCAL_KEYS, LOCAL_RAW_BUCKET, LOCAL_RAW_PREFIX, type S3Peer, startS3Peer } from '../local/s3-peer';
import { type SchedulerPeer, startSchedulerPeer } from '../local/scheduler/peer';
import { type SesPeer, startSesPeer } from '../local/ses-peer';
import { sesEvent } from '../test/functions/local-env';
import { rawEmail } from '../test/lib/tickets/emails';

// A cold start as Lambda pays it: a fresh process imports the bundle and handles its first SES
// event, a new complete request (a ticket, an acknowledgement, four schedules: the most work a
// message does). The AWS services are the local desk's stand-ins, running in THIS process, so
// the child's CPU time is the function's own work: SDK clients, schemas, parsing, signing,
// marshalling, but not DynamoDB's or S3's side of each call. (From the speed exploration.)

const run = promisify(execFile);
const TABLE = 'support-desk-cold-start';

/** One fresh process's CPU and wall milliseconds: the import, then the first event. */
export interface ColdStart {
  readonly importCpu: number;
  readonly eventCpu: number;
  readonly wall: number;
}

/** The stand-in AWS the bundles' first events talk to; `coldStart` runs one fresh process against it. */
export interface StandInAws {
  coldStart(node: string, file: string, nodeOptions: readonly string[]): Promise<ColdStart>;
  stop(): Promise<void>;
}

/** Starts dynalite, s3rver, aws-ses-v2-local and the Scheduler peer on free ports, with the ticket table. */
export async function startStandInAws(cwd: string): Promise<StandInAws> {
  const dir = await mkdtemp(join(tmpdir(), 'support-desk-cold-start-'));
  const started: Array<DynamoDbPeer | S3Peer | SesPeer | SchedulerPeer> = [];
  const dynamoDb = await startDynamoDbPeer(0, join(dir, 'dynamodb'));
  started.push(dynamoDb);
  const s3 = await startS3Peer(0, join(dir, 's3'));
  started.push(s3);
  const ses = await startSesPeer(0);
  started.push(ses);
  const scheduler = await startSchedulerPeer({
    port: 0,
    dir: join(dir, 'scheduler'),
    invoke: async () => null,
    now: Date.now,
    timers: { setTimeout: () => 0, clearTimeout: () => undefined },
  });
  started.push(scheduler);
  const client = new HttpDynamoDb({
    endpoint: new URL(dynamoDb.endpoint),
    region: 'eu-west-1',
    credentials: LOCAL_KEYS,
  });
  await createTicketTable(client, TABLE);
  const env = {
    PATH: process.env.PATH,
    [ENV.tableName]: TABLE,
    [ENV.rawBucket]: LOCAL_RAW_BUCKET,
    [ENV.rawPrefix]: LOCAL_RAW_PREFIX,
    [ENV.scheduleGroup]: 'support-desk',
    [ENV.schedulerRoleArn]: 'arn:aws:iam::111122223333:role/scheduler',
    [ENV.reminderFunctionArn]: 'arn:aws:lambda:eu-west-1:111122223333:function:send-reminder',
    [ENV.reminderDlqArn]: 'arn:aws:sqs:eu-west-1:111122223333:reminders-dlq',
    [AWS_ENV.region]: 'eu-west-1',
    [AWS_ENV.accessKeyId]: LOCAL_KEYS.accessKeyId,
    [AWS_ENV.secretAccessKey]: LOCAL_KEYS.secretAccessKey,
    [AWS_ENV.s3Endpoint]: s3.endpoint,
    AWS_ENDPOINT_URL_DYNAMODB: dynamoDb.endpoint,
    AWS_ENDPOINT_URL_SES: ses.endpoint,
    AWS_ENDPOINT_URL_SCHEDULER: scheduler.endpoint,
    AWS_LAMBDA_FUNCTION_NAME: 'ingest-email',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  let count = 0;
  return {
    async coldStart(node, file, nodeOptions) {
      const id = `cold-${++count}`;
      // A new sender and Message-ID each time: every process creates a ticket, none is a duplicate.
      const raw = rawEmail({ from: `${id}@example.net`, messageId: `${id}@mail.example.net` });
      await s3.put(`${LOCAL_RAW_PREFIX}${id}`, new TextEncoder().encode(raw));
      const { stdout } = await run(
        node,
        [...nodeOptions, '--input-type=module', '-e', childScript(file, id)],
        {
          cwd,
          env,
        },
      );
      const last = stdout.trimEnd().split('\n').at(-1) ?? '';
      return JSON.parse(last) as ColdStart;
    },
    async stop() {
      for (const peer of started.reverse()) await peer.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * What the fresh process runs: CPU of the import, then of the first event, the result checked
 * (a trivial module answers 1, the ingest function one created ticket). Its last stdout line is
 * the timing; the function's own log lines come before it.
 */
function childScript(file: string, id: string): string {
  const event = JSON.stringify(sesEvent(id, new Date().toISOString()));
  const context = `{ awsRequestId: ${JSON.stringify(id)}, getRemainingTimeInMillis: () => 30000 }`;
  return [
    'const t = performance.now(); const c0 = process.cpuUsage();',
    `const { handler } = await import(${JSON.stringify(pathToFileURL(file).href)});`,
    'const c1 = process.cpuUsage();',
    `const result = await handler(${event}, ${context});`,
    'const c2 = process.cpuUsage();',
    "const ok = result === 1 || (Array.isArray(result) && result[0]?.outcome === 'created');",
    "if (!ok) { console.error('unexpected result', JSON.stringify(result)); process.exit(1); }",
    'const ms = (a, b) => (b.user - a.user + b.system - a.system) / 1000;',
    'console.log(JSON.stringify({ importCpu: ms(c0, c1), eventCpu: ms(c1, c2), wall: performance.now() - t }));',
    // Keep-alive sockets may remain: a Lambda process is frozen, this one just ends.
    'process.exit(0);',
  ].join('\n');
}
