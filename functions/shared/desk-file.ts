import type { Desk } from '../../lib/desk/desk';
import { DeskFileUnreadableError, loadDeskFile } from '../../lib/desk/desk-file';
import { ENV } from '../../lib/env-names';
import { ConfigError, optional } from './env';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The desk the function serves: DESK_CONFIG_PATH (relative paths against LAMBDA_TASK_ROOT, where
 * the CDK bundling puts the desk file, else the working directory), or the default desk when unset.
 */
export function loadDesk(env: Env): Desk {
  const path = optional(env, ENV.deskConfigPath);
  try {
    return loadDeskFile(path, env.LAMBDA_TASK_ROOT ?? process.cwd()).desk;
  } catch (error) {
    if (!(error instanceof DeskFileUnreadableError)) throw error;
    throw new ConfigError(`${ENV.deskConfigPath}: cannot read desk file ${error.fullPath}`);
  }
}
