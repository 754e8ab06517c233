import type { Context } from 'aws-lambda';
import { reminderPorts } from '../../lib/aws/reminder-ports';
import { ENV } from '../../lib/env-names';
import type { ReminderPayload } from '../../lib/ports/reminder-scheduler';
import type { ReminderResult } from '../../lib/tickets/reminders/send-reminder';
import { awsAccess, dynamoClient, sesClient } from '../shared/aws-access';
import { loadDesk } from '../shared/desk-file';
import { optional, required } from '../shared/env';
import { observability } from '../shared/observability';
import { type ReminderHandler, reminderHandler } from './handler';

type Env = Readonly<Record<string, string | undefined>>;

// The Lambda function's composition root: the adapters are built once per cold start, from the
// variables the stack sets, on the first event. It schedules nothing, so it builds no Scheduler
// client (reminderPorts, not deskPorts): no Scheduler permission, no Scheduler client in its bundle.
// Its clients are signed by hand, as the ingest function's (no AWS SDK at start).
const observed = observability('send-reminder');
let built: ReminderHandler | undefined;

function build(env: Env): ReminderHandler {
  const resources = {
    tableName: required(env, ENV.tableName),
    sesConfigurationSet: optional(env, ENV.sesConfigurationSet),
  };
  const desk = loadDesk(env);
  const access = awsAccess(env);
  const clients = { dynamoDb: dynamoClient(env, access), ses: sesClient(env, access) };
  return reminderHandler(reminderPorts(clients, resources, desk), observed);
}

/** EventBridge Scheduler target (see reminderHandler). */
export async function handler(event: ReminderPayload, context?: Context): Promise<ReminderResult> {
  built ??= build(process.env);
  return built(event, context);
}
