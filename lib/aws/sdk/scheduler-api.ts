import type { SchedulerClient } from '@aws-sdk/client-scheduler';
import type { SchedulerApi } from '../scheduler-api';
import { CreateScheduleCommand, DeleteScheduleCommand } from './scheduler';

/** SchedulerApi over an SDK client: for the CLI (the SDK's credential chain). Never on a Lambda function's path. */
export function sdkScheduler(client: SchedulerClient): SchedulerApi {
  return {
    createSchedule: (input) => client.send(new CreateScheduleCommand(input)),
    deleteSchedule: (input) => client.send(new DeleteScheduleCommand(input)),
  };
}
