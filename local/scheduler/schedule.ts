/** The group a schedule belongs to when a request names none, as on AWS. */
export const DEFAULT_GROUP = 'default';

/** How often and for how long a failed invocation is retried (Scheduler's RetryPolicy). */
export interface RetryPolicy {
  readonly MaximumRetryAttempts: number;
  readonly MaximumEventAgeInSeconds: number;
}

/** The part of Scheduler's Target the local peer keeps: a Lambda-style target with its input. */
export interface ScheduleTarget {
  readonly Arn: string;
  readonly RoleArn: string;
  readonly Input?: string;
  readonly RetryPolicy?: Partial<RetryPolicy>;
  readonly DeadLetterConfig?: { readonly Arn?: string };
}

/** A schedule as CreateSchedule defined it, in the API's own field names (epoch seconds for dates). */
export interface ScheduleDefinition {
  readonly Name: string;
  readonly GroupName: string;
  readonly ScheduleExpression: string;
  readonly ScheduleExpressionTimezone?: string;
  readonly State: 'ENABLED' | 'DISABLED';
  readonly FlexibleTimeWindow: {
    readonly Mode: 'OFF' | 'FLEXIBLE';
    readonly MaximumWindowInMinutes?: number;
  };
  readonly ActionAfterCompletion: 'NONE' | 'DELETE';
  readonly Target: ScheduleTarget;
  readonly Description?: string;
  readonly StartDate?: number;
  readonly EndDate?: number;
  readonly KmsKeyArn?: string;
}

/** One schedule the peer holds: its definition, when it fires, and what the peer knows of it. */
export interface StoredSchedule {
  readonly definition: ScheduleDefinition;
  /** The instant the at() expression names, epoch milliseconds. */
  readonly at: number;
  /** When it was created, epoch milliseconds. */
  readonly creationDate: number;
  /** The SDK's idempotency token: a retried CreateSchedule with the same token is the same call. */
  readonly clientToken?: string;
  /** True once fired with ActionAfterCompletion NONE: kept, never fired again. */
  readonly fired: boolean;
}

/** Scheduler's defaults when a target has no RetryPolicy: 185 retries within 24 hours. */
const DEFAULT_RETRY: RetryPolicy = { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86_400 };

/** The retry policy a schedule's invocations follow, with Scheduler's defaults for what it leaves out. */
export function retryPolicyOf(schedule: StoredSchedule): RetryPolicy {
  const given = schedule.definition.Target.RetryPolicy;
  return {
    MaximumRetryAttempts: given?.MaximumRetryAttempts ?? DEFAULT_RETRY.MaximumRetryAttempts,
    MaximumEventAgeInSeconds: given?.MaximumEventAgeInSeconds ?? DEFAULT_RETRY.MaximumEventAgeInSeconds,
  };
}

/**
 * The key of a schedule inside the peer and its file name: `~` cannot occur in group or schedule
 * names, so the pair is unambiguous, and neither part can be `..` on its own in a path.
 */
export function scheduleKey(groupName: string, name: string): string {
  return `${groupName}~${name}`;
}

/** True when the schedule still waits for its firing. */
export function isPending(schedule: StoredSchedule): boolean {
  return !schedule.fired && schedule.definition.State === 'ENABLED';
}
