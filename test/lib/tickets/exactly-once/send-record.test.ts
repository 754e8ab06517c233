import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK_FILE, parseDesk } from '../../../../lib/desk';
import { ScheduleError, StoreError } from '../../../../lib/tickets/errors';
import { ingestEmail } from '../../../../lib/tickets/intake/ingest';
import { INCOMPLETE, rawEmail } from '../emails';
import { failHistoryWrites } from '../fakes';
import { MONDAY_10 } from '../fixtures';
import { Harness, SETTINGS } from '../harness';

const MINUTE = 60_000;

/** Makes the next `times` history writes that carry an email of `kind` fail, as a table that is briefly down would. */
function failWritesOf(desk: Harness, kind: string, times: number): void {
  failHistoryWrites(
    desk.messages,
    times,
    (entries) => entries.messages.some((m) => m.kind === kind),
    () => new StoreError('history batch', new Error('injected: throttled'), true),
  );
}

describe('the history entry that records a sent email', () => {
  it('is written in place after a failed write, so the email is not sent twice', async () => {
    const desk = new Harness();
    failWritesOf(desk, 'acknowledgement', 3);
    await desk.receive('ses-1', rawEmail());
    expect(desk.mail.sent.map((m) => m.to)).toEqual([['anna@example.net'], ['operators@example.com']]);
  });

  it("is written on the failing attempt's way out when every try failed, and a retry sends nothing again", async () => {
    const desk = new Harness();
    // The four tries in place fail; the attempt's flush on its way out is the fifth write.
    failWritesOf(desk, 'acknowledgement', 4);
    await expect(desk.receive('ses-1', rawEmail())).rejects.toBeInstanceOf(StoreError);
    const logged = (await desk.messages.history('2026-000001')).map((m) => m.kind);
    expect(logged).toEqual(['request', 'acknowledgement']);
    await desk.deliver('ses-1', MONDAY_10);
    const acks = desk.mail.sent.filter((m) => m.to.includes('anna@example.net'));
    expect(acks).toHaveLength(1);
  });
});

describe('an acknowledgement an earlier attempt sent', () => {
  it('counts as admitted on a retry however the throttle window moved, so its nudge is still scheduled', async () => {
    const desk = new Harness(parseDesk({ ...DEFAULT_DESK_FILE, ackThrottle: { count: 1, perMinutes: 60 } }));
    const create = desk.scheduler.create.bind(desk.scheduler);
    let failures = 1;
    desk.scheduler.create = async (schedule) => {
      if (failures-- > 0) throw new ScheduleError(schedule.name, 'create', new Error('injected'), true);
      return create(schedule);
    };
    // The first attempt asks for what is missing, then stops before making the schedules.
    await expect(desk.receive('ses-a', rawEmail(INCOMPLETE))).rejects.toBeInstanceOf(ScheduleError);
    // A later request of the same sender takes the window's one place (the first one's left it).
    await desk.receive(
      'ses-c',
      rawEmail({ ...INCOMPLETE, messageId: 'req-3@mail.example.net' }),
      MONDAY_10 + 90 * MINUTE,
    );
    await ingestEmail(
      { sesMessageId: 'ses-a', receivedAt: MONDAY_10 },
      desk.ports,
      desk.attempt(MONDAY_10 + 100 * MINUTE),
      SETTINGS,
    );
    expect(desk.scheduler.schedules.has('2026-000001-awaiting-info')).toBe(true);
    const acks = desk.mail.sent.filter((m) => m.to.includes('anna@example.net'));
    expect(acks).toHaveLength(2);
  });
});
