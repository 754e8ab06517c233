import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { type Desk, defaultDesk, parseDeskJson } from '../lib/desk';
import { ENV } from '../lib/env-names';
import { LocalSettingError } from './errors';

/** A desk and where it came from, for the banner. */
export interface LoadedDesk {
  readonly desk: Desk;
  readonly source: string;
}

/**
 * The desk the local desk and its commands run with: the file `DESK_CONFIG_PATH` names
 * (relative to the working directory, as the ingest handler resolves it locally), else
 * the embedded default. A bad file fails here with a line naming the file and the field.
 */
export async function loadDesk(configPath: string | undefined, cwd: string): Promise<LoadedDesk> {
  if (!configPath) return { desk: defaultDesk(), source: 'embedded default desk (support@example.com)' };
  const file = isAbsolute(configPath) ? configPath : resolve(cwd, configPath);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new LocalSettingError(ENV.deskConfigPath, configPath, 'a readable desk JSON file');
  });
  return { desk: parseDeskJson(text, configPath), source: configPath };
}
