import type { SESEvent } from 'aws-lambda';
import type { ReminderPayload } from '../lib/ports/reminder-scheduler';
import type { IngestHandler } from './ingest-runner';
import type { ReminderHandler } from './reminder-firing';

// The Lambda entry points are imported on demand, after the caller has set the environment
// they read once at cold start (endpoints of the local peers, table, local folders).

/** The ingest-email function's handler, exactly as Lambda runs it. */
export async function importIngestHandler(): Promise<IngestHandler> {
  const { handler } = await import('../functions/ingest-email/index');
  // The desk hands the handler one message per event, as SES does: its one result is the message's.
  return async (event: SESEvent) => (await handler(event))[0];
}

/** The send-reminder function's handler, exactly as EventBridge Scheduler's target runs it. */
export async function importReminderHandler(): Promise<ReminderHandler> {
  const { handler } = await import('../functions/send-reminder/index');
  return (payload: ReminderPayload) => handler(payload);
}
