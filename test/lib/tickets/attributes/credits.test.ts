import { describe, expect, it } from 'vitest';
import { remainingCredits } from '../../../../lib/tickets/views/credits';
import { COMPLETE_BODY, rawEmail } from '../emails';
import { Harness } from '../harness';
import { exampleDesk } from './support';

const request = (n: number) =>
  rawEmail({
    from: 'anna@hosting.example.net',
    messageId: `req-${n}@hosting.example.net`,
    body: COMPLETE_BODY,
  });

describe('credits (policy C)', () => {
  it('gives deadlines to as many tickets as the contract has credits, then best effort, and tells the operators', async () => {
    const desk = new Harness(exampleDesk('itil'));
    for (let n = 1; n <= 6; n++) await desk.receive(`ses-${n}`, request(n));
    const tickets = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => desk.tickets.get(`2026-00000${n}`)));
    expect(tickets.map((t) => t?.deadlines.takeCharge !== null)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(tickets.map((t) => t?.creditConsumed)).toEqual([true, true, true, true, false, false]);
    expect(tickets.map((t) => t?.terms.credits)).toEqual([3, 2, 1, 0, 0, 0]);
    expect(tickets[4]?.bestEffort).toBe(true);
    const notices = desk.mail.sent
      .map((m, i) => [m, i] as const)
      .filter(([m]) => m.to.includes('operators@example.com'));
    const last = notices[notices.length - 1];
    expect(await desk.mail.body(last?.[1] ?? -1)).toContain('crediti del contratto esauriti');
    expect(
      (await remainingCredits(desk.desk, desk.credits)).find((c) => c.customer === 'hosting.example.net'),
    ).toEqual({
      customer: 'hosting.example.net',
      name: 'Hosting (data-center services)',
      allowance: 4,
      used: 4,
      remaining: 0,
    });
  });

  it('consumes one credit for a message delivered twice', async () => {
    const desk = new Harness(exampleDesk('itil'));
    await desk.receive('ses-1', request(1));
    await desk.deliver('ses-1');
    expect(await desk.credits.used('hosting.example.net')).toBe(1);
  });
});
