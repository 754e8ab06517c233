import { UsageError } from './usage-error';

/** A CLI command: takes its own arguments, returns the process exit code. */
export type Command = (args: readonly string[]) => Promise<number>;

/** A command's module: its `run`, and its usage when it has no subcommands of its own to explain. */
interface CommandModule {
  readonly run: Command;
  readonly usage?: string;
}

// Each command lives in its own module, cli/commands/<name>.ts, exporting `run: Command`,
// and is loaded only when called, so that `support-desk deadline --batch` does not pay
// for loading the mail parser or the AWS SDK.
const commandNames = ['deadline', 'ingest', 'send', 'tickets', 'reminders', 'report'] as const;
const commands: Readonly<Record<string, () => Promise<CommandModule>>> = Object.fromEntries(
  commandNames.map((name) => [name, () => import(`./commands/${name}.ts`) as Promise<CommandModule>]),
);

const usage = `usage: support-desk <command> [options]
commands: ${Object.keys(commands).join(', ')}`;

/** Runs one CLI invocation; bad input yields exit code 2 and one line on stderr, never a stack trace. */
export async function main(argv: readonly string[]): Promise<number> {
  // The SDK's own switch for its once-per-process Node 20 notice: stderr is kept for what went wrong.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(`${usage}\n`);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`support-desk: unknown command '${name}'\n${usage}\n`);
    return 2;
  }
  try {
    const { run, usage: commandUsage } = await load();
    if (commandUsage !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
      process.stdout.write(`${commandUsage}\n`);
      return 0;
    }
    return await run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`support-desk ${name}: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`support-desk ${name}: ${message}\n`);
    return 1;
  }
}
