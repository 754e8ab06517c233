import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a (sub)command's arguments. `--help` or `-h` anywhere asks for its usage (printed here,
 * exit 0 for the caller); anything parseArgs refuses is a UsageError carrying the usage.
 */
export function parseCommand<O extends Options>(
  args: readonly string[],
  options: O,
  usage: string,
  allowPositionals: boolean,
) {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return { help: true } as const;
  }
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals, strict: true });
    return { help: false, values, positionals } as const;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${usage}`);
  }
}

/** An ISO 8601 instant with an offset or Z, as every option taking an instant wants it. */
export function isoInstant(option: string, text: string): number {
  const at = Date.parse(text);
  if (!/^\d{4}-\d\d-\d\dT.*(Z|[+-]\d\d:?\d\d)$/i.test(text) || Number.isNaN(at)) {
    throw new UsageError(
      `${option} ${JSON.stringify(text)}: expected an ISO 8601 instant with an offset or Z`,
    );
  }
  return at;
}
