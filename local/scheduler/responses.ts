import type { StoredSchedule } from './schedule';

/** Where the peer's ARNs say schedules live: the local region and a made-up account. */
export interface ArnScope {
  readonly region: string;
  readonly account: string;
}

/** The schedule's ARN, as Scheduler writes it. */
export function scheduleArn(scope: ArnScope, schedule: StoredSchedule): string {
  const { GroupName, Name } = schedule.definition;
  return `arn:aws:scheduler:${scope.region}:${scope.account}:schedule/${GroupName}/${Name}`;
}

// REST-JSON timestamps are epoch seconds.
const seconds = (ms: number) => ms / 1000;

/** GetSchedule's answer: the definition as created, with its ARN and dates. */
export function getScheduleOutput(scope: ArnScope, schedule: StoredSchedule): Record<string, unknown> {
  return {
    ...schedule.definition,
    Arn: scheduleArn(scope, schedule),
    CreationDate: seconds(schedule.creationDate),
    LastModificationDate: seconds(schedule.creationDate),
  };
}

/** One ListSchedules entry (Scheduler's ScheduleSummary). */
export function scheduleSummary(scope: ArnScope, schedule: StoredSchedule): Record<string, unknown> {
  const { Name, GroupName, State, Target } = schedule.definition;
  return {
    Arn: scheduleArn(scope, schedule),
    Name,
    GroupName,
    State,
    CreationDate: seconds(schedule.creationDate),
    LastModificationDate: seconds(schedule.creationDate),
    Target: { Arn: Target.Arn },
  };
}
