import type { Context } from 'aws-lambda';
import { reminderPorts } from '../../lib/aws/reminder-ports';
import { DynamoDBClient } from '../../lib/aws/sdk/dynamodb';
import { SESClient } from '../../lib/aws/sdk/ses';
import { ENV } from '../../lib/env-names';
import type { ReminderPayload } from '../../lib/ports/reminder-scheduler';
import type { ReminderResult } from '../../lib/tickets/reminders/send-reminder';
import { loadDesk } from '../shared/desk-file';
import { optional, required } from '../shared/env';
import { observability } from '../shared/observability';
import { type ReminderHandler, reminderHandler } from './handler';

type Env = Readonly<Record<string, string | undefined>>;

// The Lambda function's composition root: the adapters are built once per cold start, from the
// variables the stack sets, on the first event. It schedules nothing, so it builds no Scheduler
// client (reminderPorts, not deskPorts): no Scheduler permission, no Scheduler SDK in its bundle.
const observed = observability('send-reminder');
let built: ReminderHandler | undefined;

function build(env: Env): ReminderHandler {
  const resources = {
    tableName: required(env, ENV.tableName),
    sesConfigurationSet: optional(env, ENV.sesConfigurationSet),
  };
  const desk = loadDesk(env);
  const clients = { dynamoDb: new DynamoDBClient({}), ses: new SESClient({}) };
  return reminderHandler(reminderPorts(clients, resources, desk), observed);
}

/** EventBridge Scheduler target (see reminderHandler). */
export async function handler(event: ReminderPayload, context?: Context): Promise<ReminderResult> {
  built ??= build(process.env);
  return built(event, context);
}
