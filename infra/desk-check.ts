import { readFileSync } from 'node:fs';
import { DEFAULT_DESK_FILE, type Desk, defaultDesk, parseDeskJson } from '../lib/desk';
import { DeskContextError } from './errors';

/** The address's domain, lower case. */
function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * The desk file's text as the functions run with it: the file at `path` as it is (the bundling
 * copies it byte for byte), or the embedded default desk's JSON; errors name context key deskFile.
 */
export function readDeskText(path: string | undefined): string {
  if (path === undefined) return JSON.stringify(DEFAULT_DESK_FILE);
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new DeskContextError('deskFile', `cannot read ${path} (${(cause as NodeJS.ErrnoException).code})`, {
      cause,
    });
  }
}

/** Parses the desk file at `path` (or the embedded default desk); errors name context key deskFile. */
export function loadDeskFile(path: string | undefined): Desk {
  if (path === undefined) return defaultDesk();
  return parseDeskText(readDeskText(path), path);
}

/** Parses a desk file's text read from `path`; errors name context key deskFile. */
export function parseDeskText(text: string, path: string): Desk {
  try {
    return parseDeskJson(text, path);
  } catch (cause) {
    // parseDeskJson's errors already name the file, and the field and the value.
    throw new DeskContextError('deskFile', (cause as Error).message, { cause });
  }
}

/**
 * Checks that the desk and the deployment agree: SES only sends as the deployed domain, and the
 * receipt rule's address must be one the desk knows as its own (or it would answer itself).
 */
export function checkDeskAgainstDeployment(
  desk: Desk,
  deskFile: string | undefined,
  domain: string,
  supportAddress: string,
): void {
  const which = deskFile ?? 'the embedded default desk';
  if (domainOf(desk.fromAddress) !== domain.toLowerCase()) {
    throw new DeskContextError(
      'deskFile',
      `${which} sends from ${desk.fromAddress}, which is not an address of the domain "${domain}" SES sends as; use a desk file whose fromAddress is in ${domain}`,
    );
  }
  if (!desk.supportAddresses.includes(supportAddress.toLowerCase())) {
    throw new DeskContextError(
      'supportAddress',
      `"${supportAddress}" is not one of the supportAddresses of ${which} (${desk.supportAddresses.join(', ')})`,
    );
  }
}
