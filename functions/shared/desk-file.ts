import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { defaultDesk } from '../../lib/desk/default-desk';
import type { Desk } from '../../lib/desk/desk';
import { parseDeskJson } from '../../lib/desk/parse-desk';
import { ENV } from '../../lib/env-names';
import { ConfigError, optional } from './env';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The desk the function serves: DESK_CONFIG_PATH (relative paths against LAMBDA_TASK_ROOT, where
 * the CDK bundling puts the desk file, else the working directory), or the default desk when unset.
 */
export function loadDesk(env: Env): Desk {
  const path = optional(env, ENV.deskConfigPath);
  if (path === undefined) return defaultDesk();
  const full = isAbsolute(path) ? path : resolve(env.LAMBDA_TASK_ROOT ?? process.cwd(), path);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch {
    throw new ConfigError(`${ENV.deskConfigPath}: cannot read desk file ${full}`);
  }
  return parseDeskJson(text, full);
}
