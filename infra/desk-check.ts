import type { Desk } from '../lib/desk';
import {
  DeskFileUnreadableError,
  type LoadedDesk,
  loadDeskFile as readDeskFile,
} from '../lib/desk/desk-file';
import { DeskContextError } from './errors';

/** The address's domain, lower case. */
function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * The desk file as the functions run with it, through the one desk-file loader: its text as it is
 * (the bundling copies it byte for byte), or the embedded default desk's JSON, and the parsed desk.
 * Errors name context key deskFile.
 */
export function readDesk(path: string | undefined): LoadedDesk {
  try {
    return readDeskFile(path, process.cwd());
  } catch (cause) {
    // parseDeskJson's errors already name the file, and the field and the value.
    const detail =
      cause instanceof DeskFileUnreadableError
        ? `cannot read ${path} (${cause.code})`
        : (cause as Error).message;
    throw new DeskContextError('deskFile', detail, { cause });
  }
}

/** The desk file's text the functions run with (the stack stores it in the table); errors name deskFile. */
export function readDeskText(path: string | undefined): string {
  return readDesk(path).json;
}

/** Reads and parses the desk file at `path` (or the embedded default desk); errors name context key deskFile. */
export function loadDeskFile(path: string | undefined): Desk {
  return readDesk(path).desk;
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
