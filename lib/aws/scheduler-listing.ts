import type { SchedulerClient } from '@aws-sdk/client-scheduler';
import { REMINDER_KINDS, type ReminderKind } from '../domain/vocabulary';
import type { ReminderPayload } from '../ports/reminder-scheduler';
import { ScheduleError } from '../tickets/errors';
import { instantOfAtExpression } from './schedule-expression';
import { GetScheduleCommand, ListSchedulesCommand } from './sdk/scheduler';
import { isTransient, sdkErrorName } from './sdk-errors';

/** A schedule still waiting to fire, as Scheduler holds it. */
export interface PendingSchedule {
  readonly name: string;
  /** When it fires; null when its expression is not a one-time `at()` (not one of the desk's). */
  readonly at: number | null;
  readonly timeZone: string;
  /** What it will tell the reminder function; null when its input is not a reminder payload. */
  readonly payload: ReminderPayload | null;
}

/** How many GetSchedule calls run at once: Scheduler's default rate is 50 a second per account. */
const CONCURRENCY = 8;

/**
 * The pending schedules of a group whose names start with `namePrefix`, earliest first. Scheduler
 * deletes a one-time schedule once it fired (ActionAfterCompletion DELETE), so what is listed is
 * what is still to come. ListSchedules gives names only; each schedule's time needs its own Get.
 */
export async function pendingSchedules(
  client: SchedulerClient,
  groupName: string,
  namePrefix: string | undefined,
): Promise<PendingSchedule[]> {
  const names = await scheduleNames(client, groupName, namePrefix);
  const found: PendingSchedule[] = [];
  for (let i = 0; i < names.length; i += CONCURRENCY) {
    const batch = await Promise.all(
      names.slice(i, i + CONCURRENCY).map((n) => getSchedule(client, groupName, n)),
    );
    for (const schedule of batch) if (schedule) found.push(schedule);
  }
  return found.sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity) || a.name.localeCompare(b.name));
}

async function scheduleNames(
  client: SchedulerClient,
  group: string,
  prefix: string | undefined,
): Promise<string[]> {
  const names: string[] = [];
  let token: string | undefined;
  do {
    const out = await call(group, 'list', () =>
      client.send(new ListSchedulesCommand({ GroupName: group, NamePrefix: prefix, NextToken: token })),
    );
    for (const summary of out.Schedules ?? []) if (summary.Name) names.push(summary.Name);
    token = out.NextToken;
  } while (token);
  return names;
}

async function getSchedule(
  client: SchedulerClient,
  group: string,
  name: string,
): Promise<PendingSchedule | null> {
  try {
    const out = await client.send(new GetScheduleCommand({ GroupName: group, Name: name }));
    const timeZone = out.ScheduleExpressionTimezone ?? 'UTC';
    return {
      name,
      at: instantOfAtExpression(out.ScheduleExpression ?? '', timeZone),
      timeZone,
      payload: payloadOf(out.Target?.Input),
    };
  } catch (error) {
    // Fired and deleted between the listing and now: no longer pending.
    if (sdkErrorName(error) === 'ResourceNotFoundException') return null;
    throw new ScheduleError(name, 'read', error, isTransient(error));
  }
}

function payloadOf(input: string | undefined): ReminderPayload | null {
  if (input === undefined) return null;
  try {
    const value = JSON.parse(input) as { ticket?: unknown; kind?: unknown };
    const { ticket, kind } = value;
    return typeof ticket === 'string' && isReminderKind(kind) ? { ticket, kind } : null;
  } catch {
    return null;
  }
}

async function call<T>(group: string, what: 'list', request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw new ScheduleError(group, what, error, isTransient(error));
  }
}

function isReminderKind(value: unknown): value is ReminderKind {
  return typeof value === 'string' && (REMINDER_KINDS as readonly string[]).includes(value);
}
