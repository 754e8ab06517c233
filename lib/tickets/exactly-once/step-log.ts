import { onFirstUse } from '../../on-first-use';
import { ATTEMPTS, type StepResults, type WorkLog } from '../../ports/work-log';
import type * as z from '../../zod-mini';
import { CorruptRecordError } from '../errors';

/**
 * A named step of a unit of work and the schema of the result it records. Declared once (see
 * steps.ts), so a step's name and the shape of what it leaves for a retry cannot drift apart
 * between the attempt that records it and the one that reads it back.
 */
export interface StepDef<T> {
  readonly name: string;
  readonly schema: z.ZodMiniType<T>;
}

/**
 * Declares a step: its name in the work log and the schema of its result, or a function that
 * builds the schema when a step of this kind is first read or recorded (for the large ones that
 * only some work records: building every schema at import was part of every cold start).
 */
export function stepDef<T>(name: string, schema: z.ZodMiniType<T> | (() => z.ZodMiniType<T>)): StepDef<T> {
  if (typeof schema !== 'function') return { name, schema };
  const built = onFirstUse(schema);
  return {
    name,
    get schema() {
      return built();
    },
  };
}

/**
 * A family of steps sharing one schema, named by a suffix (`step0`, `step1`, ... or a mail step's
 * name); a schema given as a function is built once for the whole family, on first use.
 */
export function stepFamily<T>(
  prefix: string,
  schema: z.ZodMiniType<T> | (() => z.ZodMiniType<T>),
): (suffix: string | number) => StepDef<T> {
  const shared = typeof schema === 'function' ? onFirstUse(schema) : schema;
  return (suffix) => stepDef(`${prefix}${suffix}`, shared);
}

/**
 * The stored text of a result: JSON. Results recorded before the typed log were plain strings
 * (a ticket number, `counted`): a text that is not JSON is read as that string, so work in flight
 * across a deploy still resumes.
 */
function decoded(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The recorded text checked against the step's schema; CorruptRecordError (one line) when it does not fit. */
export function readStep<T>(key: string, def: StepDef<T>, text: string): T {
  const parsed = def.schema.safeParse(decoded(text));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `.${issue.path.join('.')}` : '';
  const why = (issue?.message ?? 'invalid').replace(/\s+/g, ' ');
  throw new CorruptRecordError(`WORK#${key}`, `step ${def.name}${where}: ${why}`);
}

/** What an earlier attempt recorded for the step, validated; undefined when it did not get there. */
export function recorded<T>(key: string, done: StepResults, def: StepDef<T>): T | undefined {
  const text = done[def.name];
  return text === undefined ? undefined : readStep(key, def, text);
}

/** Whether an earlier attempt recorded the step (its result unread). */
export function isDone(done: StepResults, def: StepDef<unknown>): boolean {
  return done[def.name] !== undefined;
}

/**
 * True when an attempt before this one may have begun the work, so an effect it made must be
 * looked for before being made again (a record that counts no attempts predates the count).
 */
export function isResumed(done: StepResults): boolean {
  return done[ATTEMPTS] !== '1';
}

/**
 * Records the step's result (first record wins) and returns the one stored, validated: a
 * concurrent attempt's result is the one every attempt goes on with.
 */
export async function recordStep<T>(work: WorkLog, key: string, def: StepDef<T>, value: T): Promise<T> {
  const valid = def.schema.safeParse(value);
  if (!valid.success) throw new Error(`step ${def.name}: refusing to record a result its schema refuses`);
  return readStep(key, def, await work.record(key, def.name, JSON.stringify(value)));
}
