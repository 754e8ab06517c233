import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import type { ReminderPayload } from '../../lib/ports/reminder-scheduler';
import { rawEmail } from '../lib/tickets/emails';
import { type LocalFunctionEnv, localFunctionEnv, sesEvent } from './local-env';

async function coldStart() {
  vi.resetModules();
  return {
    ingest: (await import('../../functions/ingest-email/index')).handler,
    remind: (await import('../../functions/send-reminder/index')).handler,
  };
}

describe('functions/send-reminder', () => {
  let env: LocalFunctionEnv;

  beforeEach(async () => {
    env = await localFunctionEnv();
    for (const stream of [process.stdout, process.stderr])
      vi.spyOn(stream, 'write').mockImplementation(() => true);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await env.stop();
  });

  it('emails the operators once, however often the schedule fires', async () => {
    const { ingest, remind } = await coldStart();
    await env.putRaw('ses-1', rawEmail());
    await ingest(sesEvent('ses-1'));
    await remind({ ticket: '2026-000001', kind: 'take-charge-due' });
    await remind({ ticket: '2026-000001', kind: 'take-charge-due' });
    const sent = env.services.emails.map((email) => email.Destinations);
    // The acknowledgement and the new ticket's notice, then the one reminder.
    expect(sent).toEqual([['anna@example.net'], ['operators@example.com'], ['operators@example.com']]);
    const ticket = await new DynamoTicketStore(env.table).get('2026-000001');
    expect(ticket?.remindersSent.map((r) => r.kind)).toEqual(['take-charge-due']);
  });

  it('returns whom it emailed, and that a second firing sent nothing', async () => {
    const { ingest, remind } = await coldStart();
    await env.putRaw('ses-1', rawEmail());
    await ingest(sesEvent('ses-1'));
    const payload = { ticket: '2026-000001', kind: 'take-charge-due' } as const;
    expect(await remind(payload)).toEqual({ ...payload, outcome: 'sent', to: ['operators@example.com'] });
    expect(await remind(payload)).toEqual({ ...payload, outcome: 'already-sent', to: [] });
  });

  it('needs none of the Scheduler variables: it schedules nothing', async () => {
    const { ingest } = await coldStart();
    await env.putRaw('ses-1', rawEmail());
    await ingest(sesEvent('ses-1'));
    for (const name of ['SCHEDULE_GROUP', 'SCHEDULER_ROLE_ARN', 'REMINDER_FUNCTION_ARN', 'REMINDER_DLQ_ARN'])
      delete process.env[name];
    const { remind } = await coldStart();
    const payload = { ticket: '2026-000001', kind: 'take-charge-due' } as const;
    expect(await remind(payload)).toMatchObject({ outcome: 'sent', to: ['operators@example.com'] });
  });

  it('rejects a payload of no known kind with one line naming the field', async () => {
    const { remind } = await coldStart();
    const payload = { ticket: '2026-000001', kind: 'later' } as unknown as ReminderPayload;
    await expect(remind(payload)).rejects.toThrow(/^invalid reminder payload: kind: /);
  });
});
