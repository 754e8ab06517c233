import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { handlerEnvironment } from './desk-env';
import { DeskNotRunningError } from './errors';
import { LOOPBACK } from './listen';
import { LOCAL_REGION, type LocalSettings, readLocalSettings } from './settings';

/**
 * For a CLI command that works on the running local desk: reads the same variables as the
 * desk, points this process's AWS SDK clients at the desk's peers (before any handler is
 * loaded) and checks that the desk answers, so the command fails with one clear line if not.
 */
export async function connectToRunningDesk(env: NodeJS.ProcessEnv, cwd: string): Promise<LocalSettings> {
  const settings = readLocalSettings(env, cwd);
  Object.assign(env, handlerEnvironment(settings, settings));
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
  return settings;
}
