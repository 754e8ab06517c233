import type * as Scheduler from '@aws-sdk/client-scheduler';
import { loadSdk } from './load';

// Values come from here, loaded with require (see load.ts); types straight from the package.
export const {
  CreateScheduleCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  ListSchedulesCommand,
  SchedulerClient,
} = loadSdk<typeof Scheduler>('@aws-sdk/client-scheduler');
