import { invalid, SchedulerApiError } from './api-error';
import { atInstant } from './at-expression';
import { DEFAULT_GROUP, type ScheduleDefinition, type ScheduleTarget } from './schedule';

const NAME = /^[0-9a-zA-Z\-_.]+$/;
type Json = Record<string, unknown>;

/** A schedule's or group's name as Scheduler constrains it: 1-64 characters of `[0-9a-zA-Z-_.]`. */
export function checkName(value: unknown, member: string): string {
  const text = string(value, member, 64);
  if (!NAME.test(text))
    throw invalid(member, 'Member must satisfy regular expression pattern: [0-9a-zA-Z-_.]+');
  return text;
}

/** A CreateSchedule body checked as Scheduler checks it, with the instant its at() names. */
export function parseDefinition(name: string, body: unknown): { definition: ScheduleDefinition; at: number } {
  const input = object(body, 'body');
  const expression = string(input.ScheduleExpression, 'scheduleExpression', 256);
  const timeZone = optional(input.ScheduleExpressionTimezone, (v) =>
    string(v, 'scheduleExpressionTimezone', 50),
  );
  const definition: ScheduleDefinition = {
    Name: checkName(name, 'name'),
    GroupName: optional(input.GroupName, (v) => checkName(v, 'groupName')) ?? DEFAULT_GROUP,
    ScheduleExpression: expression,
    ...(timeZone === undefined ? {} : { ScheduleExpressionTimezone: timeZone }),
    State: oneOf(input.State ?? 'ENABLED', 'state', ['ENABLED', 'DISABLED'] as const),
    FlexibleTimeWindow: flexibleTimeWindow(input.FlexibleTimeWindow),
    ActionAfterCompletion: oneOf(input.ActionAfterCompletion ?? 'NONE', 'actionAfterCompletion', [
      'NONE',
      'DELETE',
    ] as const),
    Target: target(input.Target),
    ...copy(input, 'Description', (v) => string(v, 'description', 512)),
    ...copy(input, 'StartDate', (v) => number(v, 'startDate')),
    ...copy(input, 'EndDate', (v) => number(v, 'endDate')),
    ...copy(input, 'KmsKeyArn', (v) => string(v, 'kmsKeyArn', 2048)),
  };
  return { definition, at: atInstant(expression, timeZone ?? 'UTC') };
}

function flexibleTimeWindow(value: unknown): ScheduleDefinition['FlexibleTimeWindow'] {
  const window = object(value, 'flexibleTimeWindow');
  const mode = oneOf(window.Mode, 'flexibleTimeWindow.mode', ['OFF', 'FLEXIBLE'] as const);
  const minutes = optional(window.MaximumWindowInMinutes, (v) =>
    integer(v, 'flexibleTimeWindow.maximumWindowInMinutes', 1, 1440),
  );
  if (mode === 'FLEXIBLE' && minutes === undefined) {
    throw new SchedulerApiError(
      'ValidationException',
      'MaximumWindowInMinutes is required when the FlexibleTimeWindow Mode is FLEXIBLE.',
    );
  }
  if (mode === 'OFF' && minutes !== undefined) {
    throw new SchedulerApiError(
      'ValidationException',
      'MaximumWindowInMinutes must not be set when the FlexibleTimeWindow Mode is OFF.',
    );
  }
  return minutes === undefined ? { Mode: mode } : { Mode: mode, MaximumWindowInMinutes: minutes };
}

function target(value: unknown): ScheduleTarget {
  const input = object(value, 'target');
  const retry = optional(input.RetryPolicy, (v) => object(v, 'target.retryPolicy'));
  const deadLetter = optional(input.DeadLetterConfig, (v) => object(v, 'target.deadLetterConfig'));
  return {
    Arn: string(input.Arn, 'target.arn', 1600),
    RoleArn: string(input.RoleArn, 'target.roleArn', 1600),
    ...copy(input, 'Input', (v) => string(v, 'target.input', 8192)),
    ...(retry === undefined
      ? {}
      : {
          RetryPolicy: {
            ...copy(retry, 'MaximumRetryAttempts', (v) =>
              integer(v, 'target.retryPolicy.maximumRetryAttempts', 0, 185),
            ),
            ...copy(retry, 'MaximumEventAgeInSeconds', (v) =>
              integer(v, 'target.retryPolicy.maximumEventAgeInSeconds', 60, 86_400),
            ),
          },
        }),
    ...(deadLetter === undefined
      ? {}
      : { DeadLetterConfig: copy(deadLetter, 'Arn', (v) => string(v, 'target.deadLetterConfig.arn', 1600)) }),
  };
}

function object(value: unknown, member: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid(member, 'Member must not be null');
  return value as Json;
}

function string(value: unknown, member: string, max: number): string {
  if (typeof value !== 'string') throw invalid(member, 'Member must not be null');
  if (value.length < 1) throw invalid(member, 'Member must have length greater than or equal to 1');
  if (value.length > max) throw invalid(member, `Member must have length less than or equal to ${max}`);
  return value;
}

function number(value: unknown, member: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw invalid(member, 'Member must be a timestamp');
  return value;
}

function integer(value: unknown, member: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw invalid(member, 'Member must be an integer');
  if (value < min) throw invalid(member, `Member must have value greater than or equal to ${min}`);
  if (value > max) throw invalid(member, `Member must have value less than or equal to ${max}`);
  return value;
}

function oneOf<const T extends string>(value: unknown, member: string, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw invalid(member, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
}

function optional<T>(value: unknown, read: (value: unknown) => T): T | undefined {
  return value === undefined || value === null ? undefined : read(value);
}

/** `{ [key]: read(input[key]) }` when the input has the key, else `{}`: absent fields stay absent. */
function copy<K extends string, T>(input: Json, key: K, read: (value: unknown) => T): { [P in K]?: T } {
  const value = optional(input[key], read);
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: T };
}
