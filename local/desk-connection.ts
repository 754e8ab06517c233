import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { readStoredDesk } from '../lib/aws/desk-config-item';
import type { Desk } from '../lib/desk/desk';
import { composeLocalDesk, type LocalComposition } from './compose';
import { loadDesk } from './desk-config';
import { DeskNotRunningError } from './errors';
import { LOOPBACK } from './listen';
import { LOCAL_RESOURCES } from './local-stack';
import { LOCAL_KEYS } from './s3-peer';
import { dataPaths, LOCAL_REGION, type LocalSettings, readLocalSettings } from './settings';

/** A CLI command's connection to the running local desk: its settings and the desk's composition. */
export interface DeskConnection {
  readonly settings: LocalSettings;
  readonly composed: LocalComposition;
}

/**
 * For a CLI command that works on the running local desk: reads the same variables as the
 * desk, checks that the desk answers (one clear line if not), and composes the same adapters
 * and handlers over its peers. The desk is the one the running desk stored in its table (the
 * file of DESK_CONFIG_PATH for a desk that stored none). Destroy the composition when done.
 */
export async function connectToRunningDesk(env: NodeJS.ProcessEnv, cwd: string): Promise<DeskConnection> {
  const settings = readLocalSettings(env, cwd);
  // Before the first SDK client: its once-per-process Node 20 notice would be the command's stderr.
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const url = (port: number) => `http://${LOOPBACK}:${port}`;
  const stored = await storedDesk(url(settings.dynamoDbPort));
  const composed = composeLocalDesk({
    endpoints: {
      dynamoDb: url(settings.dynamoDbPort),
      ses: url(settings.sesPort),
      s3: url(settings.s3Port),
      scheduler: url(settings.edgePort),
    },
    desk: stored ?? loadDesk(env.DESK_CONFIG_PATH, cwd).desk,
    scheduleDir: dataPaths(settings).schedules,
    logLevel: 'WARN',
  });
  return { settings, composed };
}

/**
 * The desk the running desk stored in its table, or null for one that stored none. One quick
 * call first, no retries: a desk that is not running is said at once.
 */
async function storedDesk(endpoint: string): Promise<Desk | null> {
  const client = new DynamoDBClient({
    endpoint,
    region: LOCAL_REGION,
    credentials: { ...LOCAL_KEYS },
    maxAttempts: 1,
  });
  try {
    try {
      await client.send(new ListTablesCommand({}), { abortSignal: AbortSignal.timeout(3_000) });
    } catch (error) {
      throw new DeskNotRunningError(endpoint, { cause: error });
    }
    return await readStoredDesk({ client, tableName: LOCAL_RESOURCES.tableName });
  } finally {
    client.destroy();
  }
}
