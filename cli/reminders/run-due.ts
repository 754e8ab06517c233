import { LOCAL_EDGE } from '../../lib/local-desk-endpoint';
import { describeFiring, type ReportedFiring } from '../../lib/reminder-firing-line';
import { LOCAL_STACK_NAME } from '../../lib/stack-outputs';
import { isoInstant, parseCommand } from '../command-line';
import { localDeskNotRunning, TargetError } from '../target/target-error';
import { edgeEndpoint, TARGET_OPTIONS } from '../target/target-options';
import { UsageError } from '../usage-error';

const USAGE =
  'usage: support-desk reminders run-due --at <ISO 8601 instant with offset or Z>   (the local desk)';
const OPTIONS = { ...TARGET_OPTIONS, at: { type: 'string' } } as const;

const ANSWER_MS = 60_000;

/**
 * `reminders run-due --at ISO`: asks the running local desk's Scheduler to fire, as of that
 * instant, every reminder due, and prints what each did. On AWS, Scheduler fires reminders at
 * their time and has no such request, so a deployed stack is refused.
 */
export async function runDue(args: readonly string[]): Promise<number> {
  const parsed = parseCommand(args, OPTIONS, USAGE, false);
  if (parsed.help) return 0;
  const { values } = parsed;
  if (values.stack !== undefined && values.stack !== LOCAL_STACK_NAME) {
    throw new UsageError(
      'run-due fires reminders on the local desk; on AWS, EventBridge Scheduler fires them at their time',
    );
  }
  if (values.at === undefined) throw new UsageError(`--at is required; ${USAGE}`);
  const at = isoInstant('--at', values.at);
  const firings = await fireDue(edgeEndpoint(process.env), at);
  for (const firing of firings)
    (firing.ok ? process.stdout : process.stderr).write(`${describeFiring(firing)}\n`);
  if (firings.length === 0) process.stdout.write(`nothing due by ${new Date(at).toISOString()}\n`);
  return firings.every((firing) => firing.ok) ? 0 : 1;
}

async function fireDue(endpoint: string, at: number): Promise<ReportedFiring[]> {
  let response: Response;
  try {
    response = await fetch(`${endpoint}${LOCAL_EDGE.fireDuePath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ at }),
      signal: AbortSignal.timeout(ANSWER_MS),
    });
  } catch {
    throw localDeskNotRunning(endpoint);
  }
  const body = (await response.json().catch(() => null)) as {
    firings?: ReportedFiring[];
    message?: string;
  } | null;
  if (!response.ok || !Array.isArray(body?.firings)) {
    throw new TargetError(
      `the local desk at ${endpoint} did not fire reminders: ${body?.message ?? response.status}`,
    );
  }
  return body.firings;
}
