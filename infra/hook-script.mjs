// What the after-bundling scripts (ascii-bundle.mjs, eld-table-beside.mjs) share when run as a
// command: one argument, a usage line and exit 2 without it, a one-line error and exit 1 on failure.
// Plain JavaScript, as they are.

import { fileURLToPath } from 'node:url';

/**
 * Runs `run` with the command's one argument when the module at `moduleUrl` is the process's own
 * script, and does nothing when it is imported.
 *
 * @param {string} moduleUrl the script's import.meta.url
 * @param {string} usage the usage line, without its newline
 * @param {(argument: string) => unknown} run
 */
export function runAsHookScript(moduleUrl, usage, run) {
  if (process.argv[1] !== fileURLToPath(moduleUrl)) return;
  const [argument] = process.argv.slice(2);
  if (!argument) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  try {
    run(argument);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
