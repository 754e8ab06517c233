import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../../lib/tickets/errors';
import { rawEmail } from '../emails';
import { MONDAY_10 } from '../fixtures';
import { Harness } from '../harness';

/** Makes the next `times` history writes that carry an email of `kind` fail, as a table that is briefly down would. */
function failWritesOf(desk: Harness, kind: string, times: number): void {
  const appendAll = desk.messages.appendAll.bind(desk.messages);
  let left = times;
  desk.messages.appendAll = async (entries) => {
    if (entries.messages.some((m) => m.kind === kind) && left-- > 0) {
      throw new StoreError('history batch', new Error('injected: throttled'), true);
    }
    return appendAll(entries);
  };
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
