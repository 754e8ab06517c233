import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { handlerEnvironment } from './desk-env';
import { DeskNotRunningError } from './errors';
import { LOOPBACK } from './listen';
import { LOCAL_REGION, type LocalSettings, readLocalSettings } from './settings';

/**
 * For a CLI command that works on the running local desk: reads the same variables as the
 * desk, checks that the desk answers (one clear line if not), then points this process's
 * AWS SDK clients at the desk's peers, before any handler is loaded.
 */
export async function connectToRunningDesk(env: NodeJS.ProcessEnv, cwd: string): Promise<LocalSettings> {
  const settings = readLocalSettings(env, cwd);
  // Before the first SDK client: its once-per-process Node 20 notice would be the command's stderr.
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const endpoint = `http://${LOOPBACK}:${settings.dynamoDbPort}`;
  const client = new DynamoDBClient({
    endpoint,
    region: LOCAL_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    await client.send(new ListTablesCommand({}), { abortSignal: AbortSignal.timeout(3_000) });
  } catch (error) {
    throw new DeskNotRunningError(endpoint, { cause: error });
  } finally {
    client.destroy();
  }
  Object.assign(env, handlerEnvironment(settings, settings));
  return settings;
}
