import { DeskFileUnreadableError, type LoadedDesk, loadDeskFile } from '../lib/desk/desk-file';
import { ENV } from '../lib/env-names';
import { LocalSettingError } from './errors';

export type { LoadedDesk } from '../lib/desk/desk-file';

/**
 * The desk the local desk and its commands run with: the file `DESK_CONFIG_PATH` names
 * (relative to the working directory), else the embedded default, through the one loader of
 * desk files. A bad file fails with a line naming the file and the field.
 */
export function loadDesk(configPath: string | undefined, cwd: string): LoadedDesk {
  try {
    return loadDeskFile(configPath || undefined, cwd);
  } catch (error) {
    if (!(error instanceof DeskFileUnreadableError)) throw error;
    throw new LocalSettingError(ENV.deskConfigPath, error.path, 'a readable desk JSON file');
  }
}
