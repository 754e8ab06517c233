import { describe, expect, it } from 'vitest';
import { DynamoTicketStore } from '../../../lib/aws/dynamo-ticket-store';
import { ingestEmail } from '../../../lib/tickets/intake/ingest';
import { askCustomer } from '../../../lib/tickets/steps/lifecycle';
import { startFaultWorld } from '../../support/fault-world';
import { rawEmail } from './emails';
import { AS_OPERATOR } from './fixtures';
import { SETTINGS } from './harness';

// The real adapters over dynalite (SES and Scheduler as recording mocks), no fault injected.
const { world, fresh } = await startFaultWorld('resume');

/** A wall-clock time in Rome in November (UTC+1). */
const rome = (local: string) => Date.parse(`${local}:00+01:00`);
const RECEIVED_AT = rome('2026-11-27T10:00');
const ASKED_AT = rome('2026-11-27T17:00');
const ANSWERED_AT = rome('2026-11-30T09:30');

describe('a clarification request answered across a weekend, on the DynamoDB table', () => {
  it('moves the deadlines by the paused business time and schedules their reminders anew', async () => {
    const { ports, table } = await fresh();
    const deliver = (sesId: string, raw: string, receivedAt: number) => {
      world.raw.set(sesId, new TextEncoder().encode(raw));
      return ingestEmail(
        { sesMessageId: sesId, receivedAt },
        ports,
        { id: sesId, now: receivedAt },
        SETTINGS,
      );
    };
    await deliver('ses-1', rawEmail(), RECEIVED_AT);
    const store = new DynamoTicketStore(table);
    const before = await store.get('2026-000001');
    // P3 from Friday 10:00: take charge by Monday 10:00 (8 business hours), resolve by Friday 4 December 10:00
    expect(before?.deadlines).toEqual({
      takeCharge: rome('2026-11-30T10:00'),
      resolution: rome('2026-12-04T10:00'),
    });

    const words = { text: 'Quale utente usa?', attachments: [] };
    await askCustomer(
      ports,
      '2026-000001',
      { ...AS_OPERATOR, words },
      { id: 'ask', now: ASKED_AT },
      SETTINGS,
    );
    expect([...world.schedules.keys()]).toEqual(['2026-000001-p1-awaiting-customer']);

    const answer = rawEmail({ subject: 'Re: [#2026-000001] Errore', messageId: 'answer@mail.example.net' });
    const result = await deliver('ses-2', answer, ANSWERED_AT);
    expect(result).toMatchObject({ outcome: 'reply', change: 'resumed', effects: { schedulesCreated: 4 } });

    // paused: Friday 17:00-18:30 and Monday 09:00-09:30, two business hours; the weekend counts for nothing
    const after = await store.get('2026-000001');
    expect(after).toMatchObject({
      status: 'open',
      pauses: [{ start: ASKED_AT, end: ANSWERED_AT, resumeTo: 'open' }],
      deadlines: { takeCharge: rome('2026-11-30T12:00'), resolution: rome('2026-12-04T12:00') },
    });
    const pauseOne = ['resolution-due', 'resolution-warning', 'take-charge-due', 'take-charge-warning'].map(
      (kind) => `2026-000001-p1-${kind}`,
    );
    expect([...world.schedules.keys()].sort()).toEqual(pauseOne);
    expect([...(after?.schedules ?? [])].sort()).toEqual(pauseOne);
    expect(world.schedules.get('2026-000001-p1-take-charge-due')?.ScheduleExpression).toBe(
      'at(2026-11-30T12:00:00)',
    );
    expect(world.schedules.get('2026-000001-p1-resolution-due')?.ScheduleExpression).toBe(
      'at(2026-12-04T12:00:00)',
    );
  });
});
