import type { CreateScheduleInput } from '@aws-sdk/client-scheduler';
import type { ReminderSchedule, ReminderScheduler } from '../ports/reminder-scheduler';
import { ScheduleError } from '../tickets/errors';
import { atExpression } from './schedule-expression';
import type { SchedulerApi } from './scheduler-api';
import { isTransient, sdkErrorName } from './sdk-errors';

/** Where every reminder schedule points: the send-reminder function, through the scheduler's role. */
export interface ReminderTarget {
  readonly groupName: string;
  readonly functionArn: string;
  readonly roleArn: string;
  readonly deadLetterQueueArn: string;
  /** How many times Scheduler retries a failed invocation before the DLQ (0-185). */
  readonly maximumRetryAttempts: number;
  /** How long Scheduler keeps retrying (60-86400 s). */
  readonly maximumEventAgeInSeconds: number;
}

/**
 * EventBridge Scheduler one-time schedules: deleted by Scheduler after they fire, so only pending
 * reminders exist. Names are deterministic, which makes create and delete idempotent.
 */
export class EventBridgeReminderScheduler implements ReminderScheduler {
  constructor(
    private readonly client: SchedulerApi,
    private readonly target: ReminderTarget,
  ) {}

  /** Creates the schedule; a ConflictException means a retry already created it. */
  async create(schedule: ReminderSchedule): Promise<void> {
    const input = createInput(schedule, this.target);
    try {
      await this.client.createSchedule(input);
    } catch (error) {
      if (sdkErrorName(error) === 'ConflictException') return;
      throw new ScheduleError(schedule.name, 'create', error, isTransient(error));
    }
  }

  /** Deletes the schedule; ResourceNotFoundException means it fired already or was never made. */
  async delete(name: string): Promise<void> {
    try {
      await this.client.deleteSchedule({ Name: name, GroupName: this.target.groupName });
    } catch (error) {
      if (sdkErrorName(error) === 'ResourceNotFoundException') return;
      throw new ScheduleError(name, 'delete', error, isTransient(error));
    }
  }
}

/** A one-time schedule at the reminder's instant, in its zone, that invokes the target once and deletes itself. */
function createInput(schedule: ReminderSchedule, target: ReminderTarget): CreateScheduleInput {
  const at = atExpression(schedule.at, schedule.timeZone);
  return {
    Name: schedule.name,
    GroupName: target.groupName,
    ScheduleExpression: at.expression,
    ScheduleExpressionTimezone: at.timeZone,
    FlexibleTimeWindow: { Mode: 'OFF' },
    ActionAfterCompletion: 'DELETE',
    State: 'ENABLED',
    Target: {
      Arn: target.functionArn,
      RoleArn: target.roleArn,
      Input: JSON.stringify(schedule.payload),
      RetryPolicy: {
        MaximumRetryAttempts: target.maximumRetryAttempts,
        MaximumEventAgeInSeconds: target.maximumEventAgeInSeconds,
      },
      DeadLetterConfig: { Arn: target.deadLetterQueueArn },
    },
  };
}
