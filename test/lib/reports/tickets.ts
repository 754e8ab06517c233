import { DateTime } from 'luxon';
import type { Priority } from '../../../lib/domain/vocabulary';
import type { Reopening, Ticket } from '../../../lib/tickets/model/ticket';
import { aTicket, NO_CONTRACT_TERMS } from '../tickets/fixtures';

/** A wall-clock time in Rome, whatever its offset that day. */
export const rome = (local: string): number => DateTime.fromISO(local, { zone: 'Europe/Rome' }).toMillis();

/** What a report test says about a ticket, as Rome wall-clock times. */
export interface SlaFacts {
  readonly number: string;
  readonly priority?: Priority;
  readonly received: string;
  readonly takeChargeBy?: string | null;
  readonly resolveBy?: string | null;
  readonly takenAt?: string;
  readonly resolvedAt?: string;
  readonly closedAt?: string;
  readonly bestEffort?: boolean;
  /** Received with fields missing and never completed: no clock. */
  readonly awaitingInfo?: boolean;
  readonly reopenings?: readonly Reopening[];
}

const at = (local: string | null | undefined) => (local ? rome(local) : null);

/** A ticket of the default desk's Rome calendar, its clock started on receipt unless awaiting information. */
export function slaTicket(f: SlaFacts): Ticket {
  const noClock = f.awaitingInfo === true;
  return aTicket({
    number: f.number,
    priority: f.priority ?? 'P3',
    calendarId: 'rome',
    terms: { ...NO_CONTRACT_TERMS, calendarId: 'rome', bestEffort: f.bestEffort ?? false },
    bestEffort: f.bestEffort ?? false,
    status: f.resolvedAt ? 'resolved' : f.takenAt ? 'in-progress' : noClock ? 'awaiting-info' : 'open',
    createdAt: rome(f.received),
    clockStart: noClock ? null : rome(f.received),
    deadlines: {
      takeCharge: noClock || f.bestEffort ? null : at(f.takeChargeBy),
      resolution: noClock || f.bestEffort ? null : at(f.resolveBy),
    },
    takenInChargeAt: at(f.takenAt),
    resolvedAt: at(f.resolvedAt),
    closedAt: at(f.closedAt),
    reopenings: f.reopenings ?? [],
  });
}

/** Two months of hand-built tickets on the default desk's Rome calendar (8 business hours a day). */
export const TICKETS = [
  // October: a P1 taken in charge after 30 minutes and resolved in time.
  slaTicket({
    number: '2026-000001',
    priority: 'P1',
    received: '2026-10-05T09:00',
    takeChargeBy: '2026-10-05T10:00',
    takenAt: '2026-10-05T09:30',
    resolveBy: '2026-10-06T09:00',
    resolvedAt: '2026-10-05T15:00',
  }),
  // October: a P4 taken in charge late (17 business hours: Tue 7 h, Wed 8 h, Thu 2 h), resolved in time.
  slaTicket({
    number: '2026-000002',
    priority: 'P4',
    received: '2026-10-06T10:00',
    takeChargeBy: '2026-10-08T10:00',
    takenAt: '2026-10-08T11:00',
    resolveBy: '2026-11-17T10:00',
    resolvedAt: '2026-10-20T12:00',
  }),
  // October in Rome, though still September in UTC: best effort, listed apart.
  slaTicket({ number: '2026-000003', received: '2026-10-01T01:30', bestEffort: true }),
  // November in Rome, though still October in UTC: never taken in charge, both deadlines passed.
  slaTicket({
    number: '2026-000004',
    received: '2026-11-01T00:30',
    takeChargeBy: '2026-11-02T18:30',
    resolveBy: '2026-11-09T18:30',
  }),
  // November: a P2 taken in charge after 1 business hour, resolution still ahead.
  slaTicket({
    number: '2026-000005',
    priority: 'P2',
    received: '2026-11-09T10:00',
    takeChargeBy: '2026-11-09T15:30',
    takenAt: '2026-11-09T11:00',
    resolveBy: '2026-11-11T10:00',
  }),
  // November: fields missing, no clock.
  slaTicket({ number: '2026-000006', received: '2026-11-05T10:00', awaitingInfo: true }),
  // Received after the report instant: it did not exist yet.
  slaTicket({ number: '2026-000007', received: '2026-11-11T09:00', takeChargeBy: '2026-11-11T17:00' }),
];

/** The instant the two months are reported at: Tuesday 10 November 2026 12:00 in Rome. */
export const AT = rome('2026-11-10T12:00');
