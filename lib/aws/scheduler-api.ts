import { randomUUID } from 'node:crypto';
import type {
  CreateScheduleInput,
  CreateScheduleOutput,
  DeleteScheduleInput,
  DeleteScheduleOutput,
} from '@aws-sdk/client-scheduler';
import { AwsHttpClient, type AwsServiceOptions, jsonError, rfc3986 } from './aws-http-client';

/**
 * The EventBridge Scheduler operations a desk's functions use, with the SDK's model types (types
 * only). HttpScheduler below on the Lambda path; sdkScheduler (sdk/scheduler-api.ts) over an SDK
 * client for the CLI, which also lists schedules (scheduler-listing.ts).
 */
export interface SchedulerApi {
  createSchedule(input: CreateScheduleInput): Promise<Partial<CreateScheduleOutput>>;
  deleteSchedule(input: DeleteScheduleInput): Promise<DeleteScheduleOutput>;
}

/** Scheduler's regional endpoint (the SDK's for the standard partition). */
export function schedulerEndpoint(region: string): URL {
  return new URL(`https://scheduler.${region}.amazonaws.com`);
}

/**
 * EventBridge Scheduler over its REST-JSON protocol: `POST /schedules/{Name}` with the rest of
 * the input as JSON, `DELETE /schedules/{Name}?groupName=...`. Both carry a client token, as the
 * SDK fills it in (an idempotency token), made once per call so that a retry repeats it.
 */
export class HttpScheduler implements SchedulerApi {
  private readonly http: AwsHttpClient;

  constructor(options: Omit<AwsServiceOptions, 'signingName'>) {
    this.http = new AwsHttpClient({ ...options, signingName: 'scheduler' });
  }

  async createSchedule(input: CreateScheduleInput): Promise<Partial<CreateScheduleOutput>> {
    const { Name, ClientToken, ...body } = input;
    const answer = await this.http.send(
      {
        method: 'POST',
        path: schedulePath(Name),
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...body, ClientToken: ClientToken ?? randomUUID() }),
      },
      jsonError,
    );
    const out = parseObject(answer.body.toString('utf8'));
    return typeof out.ScheduleArn === 'string' ? { ScheduleArn: out.ScheduleArn } : {};
  }

  async deleteSchedule(input: DeleteScheduleInput): Promise<DeleteScheduleOutput> {
    await this.http.send(
      {
        method: 'DELETE',
        path: schedulePath(input.Name),
        query: { groupName: input.GroupName, clientToken: input.ClientToken ?? randomUUID() },
      },
      jsonError,
    );
    return {};
  }
}

/** `/schedules/<name>`, the name a path label (encoded; the desk's names are `[0-9A-Za-z_.-]` anyway). */
function schedulePath(name: string | undefined): string {
  if (!name) throw new TypeError('a schedule needs a Name');
  return `/schedules/${rfc3986(name)}`;
}

function parseObject(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}
