import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk/default-desk';
import { exclusionOf, ticketOutcome } from '../../../lib/reports/ticket-outcome';
import { rome, type SlaFacts, slaTicket } from './tickets';

const AT = rome('2026-11-10T12:00');
const calendar = defaultDesk().calendars.get('rome');
if (!calendar) throw new Error('the default desk has no rome calendar');
const MINUTE = 60_000;

const base = {
  number: '2026-000001',
  received: '2026-11-09T09:00',
  takeChargeBy: '2026-11-09T10:00',
} as const;
const round = (at: string, resolvedAt: string | null, deadline: string) => ({
  at: rome(at),
  resolvedAt: resolvedAt ? rome(resolvedAt) : null,
  closedAt: null,
  resolutionDeadline: rome(deadline),
});

describe('ticketOutcome at Tuesday 10 November 2026 12:00 in Rome', () => {
  it.each<[string, Partial<SlaFacts>, [string, string, string, number | null]]>([
    [
      'taken in charge and resolved on time',
      { takenAt: '2026-11-09T09:30', resolveBy: '2026-11-10T09:00', resolvedAt: '2026-11-09T15:00' },
      ['met', 'met', 'met', 30 * MINUTE],
    ],
    [
      'taken in charge after its deadline',
      { takenAt: '2026-11-09T11:00', resolveBy: '2026-11-16T09:00' },
      ['late', 'pending', 'missed', 2 * 60 * MINUTE],
    ],
    [
      'never taken in charge, deadline passed',
      { resolveBy: '2026-11-16T09:00' },
      ['open-past-deadline', 'pending', 'missed', null],
    ],
    [
      'taken in charge on time, resolution still ahead',
      { takenAt: '2026-11-09T09:45', resolveBy: '2026-11-16T09:00' },
      ['met', 'pending', 'pending', 45 * MINUTE],
    ],
    [
      'resolved in time without a take-charge: resolving took charge',
      { resolveBy: '2026-11-16T09:00', resolvedAt: '2026-11-09T09:50' },
      ['met', 'met', 'met', 50 * MINUTE],
    ],
    [
      'taken in charge only after the report instant: not done then',
      { takenAt: '2026-11-10T15:00', resolveBy: '2026-11-16T09:00' },
      ['open-past-deadline', 'pending', 'missed', null],
    ],
    [
      'resolution due exactly at the report instant: not passed yet',
      { takenAt: '2026-11-09T09:30', resolveBy: '2026-11-10T12:00' },
      ['met', 'pending', 'pending', 30 * MINUTE],
    ],
    [
      'with no resolution promised: judged on the take-charge alone',
      { takenAt: '2026-11-09T09:30', resolveBy: null },
      ['met', 'not-promised', 'met', 30 * MINUTE],
    ],
    [
      'taken in charge over lunch and the night: business time only',
      { takeChargeBy: '2026-11-10T10:00', takenAt: '2026-11-10T09:30', resolveBy: '2026-11-16T09:00' },
      ['met', 'pending', 'pending', (8 * 60 + 30) * MINUTE],
    ],
    [
      'reopened after the report instant: the round then in force, resolved in time',
      {
        takenAt: '2026-11-09T09:30',
        resolveBy: '2026-11-19T09:00',
        reopenings: [round('2026-11-12T09:00', '2026-11-09T16:00', '2026-11-10T09:00')],
      },
      ['met', 'met', 'met', 30 * MINUTE],
    ],
    [
      'reopened before the report instant: the new round, already overdue',
      {
        takenAt: '2026-11-09T09:30',
        resolveBy: '2026-11-10T11:00',
        reopenings: [round('2026-11-09T17:00', '2026-11-09T16:00', '2026-11-10T09:00')],
      },
      ['met', 'open-past-deadline', 'missed', 30 * MINUTE],
    ],
    [
      'resolved before any take-charge, then reopened: the take-charge stays done',
      {
        resolveBy: '2026-11-16T09:00',
        reopenings: [round('2026-11-09T11:00', '2026-11-09T09:40', '2026-11-10T09:00')],
      },
      ['met', 'pending', 'pending', 40 * MINUTE],
    ],
  ])('judges a ticket %s', (_, facts, [takeCharge, resolution, compliance, time]) => {
    const outcome = ticketOutcome(slaTicket({ ...base, ...facts }), calendar, AT);
    expect([outcome.takeCharge, outcome.resolution, outcome.compliance, outcome.takeChargeTime]).toEqual([
      takeCharge,
      resolution,
      compliance,
      time,
    ]);
  });
});

describe('ticketOutcome with clarification pauses, at Tuesday 10 November 2026 12:00 in Rome', () => {
  const pause = (start: string, end: string | null) => ({
    start: rome(start),
    end: end === null ? null : rome(end),
    resumeTo: 'open' as const,
  });
  const paused = (facts: Partial<SlaFacts>, ...pauses: ReturnType<typeof pause>[]) => ({
    ...slaTicket({ ...base, ...facts }),
    pauses,
  });

  it('counts the times to take charge and to resolve net of the pauses', () => {
    // taken at 12:00 after 3 business hours, 2 of them paused; resolved at 15:00 after 4h30, 2 paused
    const ticket = paused(
      {
        takeChargeBy: '2026-11-09T12:00',
        takenAt: '2026-11-09T12:00',
        resolveBy: '2026-11-10T11:00',
        resolvedAt: '2026-11-09T15:00',
      },
      pause('2026-11-09T09:30', '2026-11-09T11:30'),
    );
    const outcome = ticketOutcome(ticket, calendar, AT);
    expect([outcome.takeChargeTime, outcome.resolutionTime]).toEqual([60 * MINUTE, 150 * MINUTE]);
    expect(outcome.compliance).toBe('met');
  });

  it('counts a pause still open at the report instant up to it', () => {
    // resolved Tuesday 11:00: Monday 8h and Tuesday 2h, with the pause from Monday 14:30 to the report instant
    const ticket = paused(
      { resolveBy: '2026-11-16T09:00', resolvedAt: '2026-11-10T11:00' },
      pause('2026-11-09T14:30', null),
    );
    // the resolution happened inside the pause: only Monday 09:00-13:00 counts
    expect(ticketOutcome(ticket, calendar, AT).resolutionTime).toBe(4 * 60 * MINUTE);
  });

  it('holds an undone step as pending while its clock is paused past the deadline it had', () => {
    const ticket = paused({ resolveBy: '2026-11-10T09:00' }, pause('2026-11-09T09:30', null));
    const outcome = ticketOutcome(ticket, calendar, AT);
    expect([outcome.takeCharge, outcome.resolution, outcome.compliance]).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
  });

  it('still counts a step missed before the clocks stopped', () => {
    const ticket = paused({ resolveBy: '2026-11-16T09:00' }, pause('2026-11-09T11:00', null));
    expect(ticketOutcome(ticket, calendar, AT).takeCharge).toBe('open-past-deadline');
  });
});

describe('exclusionOf', () => {
  it.each([
    ['a best-effort ticket', slaTicket({ ...base, bestEffort: true }), 'best-effort'],
    [
      'a ticket with no deadline at all',
      slaTicket({ ...base, takeChargeBy: null, resolveBy: null }),
      'best-effort',
    ],
    ['a ticket still awaiting information', slaTicket({ ...base, awaitingInfo: true }), 'awaiting-info'],
    [
      'a ticket completed only after the report instant',
      { ...slaTicket(base), clockStart: rome('2026-11-11T09:00') },
      'awaiting-info',
    ],
    ['a ticket with an SLA clock running', slaTicket(base), null],
  ])('says why %s is left out of the ratios', (_, ticket, reason) => {
    expect(exclusionOf(ticket, AT)).toBe(reason);
  });
});
