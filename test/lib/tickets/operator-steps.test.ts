import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk/default-desk';
import { ExpectedResolutionError, NotAnOperatorError } from '../../../lib/tickets/errors';
import { operatorAddress } from '../../../lib/tickets/model/actor';
import { closeTicket, reopenTicket, resolveTicket, takeCharge } from '../../../lib/tickets/steps/lifecycle';
import { rawEmail } from './emails';
import { failStepWrites } from './fakes';
import { AS_OPERATOR, HOUR, MONDAY_10, OPERATOR } from './fixtures';
import { Harness, SETTINGS } from './harness';

const LATER = MONDAY_10 + 2 * HOUR;
const TICKET = '2026-000001';

async function openTicket(): Promise<Harness> {
  const desk = new Harness({ ...defaultDesk(), operatorAddresses: [OPERATOR, 'Marta@Example.com'] });
  await desk.receive('ses-1', rawEmail());
  desk.mail.sent.length = 0;
  return desk;
}

describe('operatorAddress', () => {
  it('accepts an operator address in any case, and records it in lower case', () => {
    const desk = { ...defaultDesk(), operatorAddresses: ['Marta@Example.com'] };
    expect(operatorAddress(desk, ' MARTA@example.COM ')).toBe('marta@example.com');
  });

  it.each(['mallory@example.com', '', 'operators@example.com.evil'])(
    'refuses %j in one line naming it and the allowed addresses',
    (address) => {
      const failure = (() => {
        try {
          return operatorAddress(defaultDesk(), address);
        } catch (error) {
          return error;
        }
      })();
      expect(failure).toBeInstanceOf(NotAnOperatorError);
      expect((failure as Error).message).toBe(
        `${JSON.stringify(address)} is not an operator address of this desk (operators: operators@example.com)`,
      );
    },
  );
});

describe('operator steps record who did them', () => {
  it('logs every step beside the ticket with actor, instant, statuses and what it set', async () => {
    const desk = await openTicket();
    const expected = MONDAY_10 + 30 * HOUR;
    await takeCharge(
      desk.ports,
      TICKET,
      { actor: 'MARTA@example.com', expectedResolutionAt: expected },
      desk.attempt(LATER),
      SETTINGS,
    );
    await resolveTicket(desk.ports, TICKET, AS_OPERATOR, desk.attempt(LATER + HOUR), SETTINGS);
    const { ticket } = await reopenTicket(
      desk.ports,
      TICKET,
      AS_OPERATOR,
      desk.attempt(LATER + 2 * HOUR),
      SETTINGS,
    );
    await closeTicket(desk.ports, TICKET, AS_OPERATOR, desk.attempt(LATER + 3 * HOUR), SETTINGS);
    const steps = await desk.messages.steps(TICKET);
    expect(steps.map((s) => [s.action, s.actor, s.at, s.from, s.to])).toEqual([
      ['take-charge', 'marta@example.com', LATER, 'open', 'in-progress'],
      ['resolve', OPERATOR, LATER + HOUR, 'in-progress', 'resolved'],
      ['reopen', OPERATOR, LATER + 2 * HOUR, 'resolved', 'in-progress'],
      ['close', OPERATOR, LATER + 3 * HOUR, 'in-progress', 'closed'],
    ]);
    expect(steps[0]).toMatchObject({ expectedResolutionAt: expected, resolutionDeadline: null });
    expect(steps[2]).toMatchObject({
      expectedResolutionAt: null,
      resolutionDeadline: ticket.deadlines.resolution,
    });
    expect(new Set(steps.map((s) => s.id)).size).toBe(4);
  });

  it('keeps only the latest step on the ticket: its item does not grow with the steps', async () => {
    const desk = await openTicket();
    await resolveTicket(desk.ports, TICKET, AS_OPERATOR, desk.attempt(LATER), SETTINGS);
    const size = JSON.stringify((await desk.tickets.get(TICKET))?.lastStep).length;
    for (let round = 1; round <= 3; round++) {
      await reopenTicket(desk.ports, TICKET, AS_OPERATOR, desk.attempt(LATER + round * HOUR), SETTINGS);
      await resolveTicket(desk.ports, TICKET, AS_OPERATOR, desk.attempt(LATER + round * HOUR + 1), SETTINGS);
    }
    const ticket = await desk.tickets.get(TICKET);
    expect(ticket?.lastStep?.action).toBe('resolve');
    // the same facts, only the change id's version number may have gained a digit
    expect(JSON.stringify(ticket?.lastStep).length).toBeLessThanOrEqual(size + 1);
    expect(await desk.messages.steps(TICKET)).toHaveLength(7);
  });

  it('logs a step once, as first done, when a retry by someone else finishes it', async () => {
    const desk = await openTicket();
    // The step's write fails, and so does the flush on the failing command's way out.
    failStepWrites(desk.messages, 2);
    const first = await resolveTicket(desk.ports, TICKET, AS_OPERATOR, desk.attempt(LATER), SETTINGS).catch(
      (e: unknown) => e,
    );
    expect(first).toBeInstanceOf(Error);
    const again = await resolveTicket(
      desk.ports,
      TICKET,
      { actor: 'marta@example.com' },
      desk.attempt(LATER + HOUR),
      SETTINGS,
    );
    expect(again.changed).toBe(false);
    const steps = await desk.messages.steps(TICKET);
    expect(steps.map((s) => [s.action, s.actor, s.at])).toEqual([['resolve', OPERATOR, LATER]]);
  });

  it('logs a step left unlogged when the next step comes before any retry', async () => {
    const desk = await openTicket();
    // The step's write fails, and so does the flush on the failing command's way out.
    failStepWrites(desk.messages, 2);
    await resolveTicket(desk.ports, TICKET, AS_OPERATOR, desk.attempt(LATER), SETTINGS).catch(
      () => undefined,
    );
    await reopenTicket(
      desk.ports,
      TICKET,
      { actor: 'marta@example.com' },
      desk.attempt(LATER + HOUR),
      SETTINGS,
    );
    const steps = await desk.messages.steps(TICKET);
    expect(steps.map((s) => [s.action, s.actor])).toEqual([
      ['resolve', OPERATOR],
      ['reopen', 'marta@example.com'],
    ]);
  });

  it('refuses a step by an address that is not an operator, changing and sending nothing', async () => {
    const desk = await openTicket();
    const before = await desk.tickets.get(TICKET);
    const failure = await closeTicket(
      desk.ports,
      TICKET,
      { actor: 'anna@example.net' },
      desk.attempt(LATER),
      SETTINGS,
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(NotAnOperatorError);
    expect((failure as Error).message).toContain('operators: operators@example.com, marta@example.com');
    expect(await desk.tickets.get(TICKET)).toEqual(before);
    expect(desk.mail.sent).toHaveLength(0);
    expect(await desk.messages.steps(TICKET)).toEqual([]);
  });
});

describe('take charge with an expected resolution', () => {
  it.each([
    ['before now', LATER - HOUR],
    ['exactly now', LATER],
    ['before the ticket was received', MONDAY_10 - HOUR],
  ])('refuses one %s in one line, changing and sending nothing', async (_, expected) => {
    const desk = await openTicket();
    const before = await desk.tickets.get(TICKET);
    const failure = await takeCharge(
      desk.ports,
      TICKET,
      { ...AS_OPERATOR, expectedResolutionAt: expected },
      desk.attempt(LATER),
      SETTINGS,
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExpectedResolutionError);
    expect((failure as Error).message).toMatch(
      /^ticket 2026-000001: expected resolution \S+ must be later than now \(2026-11-23T12:00:00\+01:00\) and than the ticket's receipt \(2026-11-23T10:00:00\+01:00\)$/,
    );
    expect(await desk.tickets.get(TICKET)).toEqual(before);
    expect(desk.mail.sent).toHaveLength(0);
  });

  it('refuses one before the receipt even when the clock given is earlier still', async () => {
    const desk = await openTicket();
    const step = takeCharge(
      desk.ports,
      TICKET,
      { ...AS_OPERATOR, expectedResolutionAt: MONDAY_10 - 1 },
      desk.attempt(MONDAY_10 - 2 * HOUR),
      SETTINGS,
    );
    await expect(step).rejects.toThrow(ExpectedResolutionError);
  });

  it('accepts one a minute from now', async () => {
    const desk = await openTicket();
    const { ticket } = await takeCharge(
      desk.ports,
      TICKET,
      { ...AS_OPERATOR, expectedResolutionAt: LATER + 60_000 },
      desk.attempt(LATER),
      SETTINGS,
    );
    expect(ticket.expectedResolutionAt).toBe(LATER + 60_000);
  });
});
