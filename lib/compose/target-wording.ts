import type { Language } from '../domain/vocabulary';

/** Sentences of the operators' reminders of a named target; `{label}` is the target's name for operators. */
export interface TargetReminderWording {
  readonly subjects: { readonly warning: string; readonly due: string; readonly late: string };
  readonly lines: { readonly warning: string; readonly due: string; readonly late: string };
  /** Heading of the list of the ticket's targets in notices and reminders. */
  readonly heading: string;
  /** A target the customer was promised, and one only the operators know. */
  readonly promised: string;
  readonly internal: string;
  /** Before the instant a target was met. */
  readonly met: string;
}

const it: TargetReminderWording = {
  subjects: {
    warning: '{label}: in scadenza',
    due: '{label}: scaduto',
    late: '{label}: in ritardo (livello {step})',
  },
  lines: {
    warning: 'Il ticket {ticket} non ha ancora raggiunto "{label}": scadenza {at}.',
    due: 'Il ticket {ticket} non ha raggiunto "{label}" entro la scadenza ({at}).',
    late: 'Il ticket {ticket} non ha ancora raggiunto "{label}", scaduto {at}: segnalazione di ritardo di livello {step}.',
  },
  heading: 'Obiettivi del ticket:',
  promised: 'promesso al cliente',
  internal: 'interno',
  met: 'raggiunto',
};

const en: TargetReminderWording = {
  subjects: {
    warning: '{label} deadline approaching',
    due: '{label} deadline missed',
    late: '{label} late (step {step})',
  },
  lines: {
    warning: 'Ticket {ticket} has not yet reached "{label}": deadline {at}.',
    due: 'Ticket {ticket} did not reach "{label}" by its deadline ({at}).',
    late: 'Ticket {ticket} has still not reached "{label}", due {at}: late notice, step {step}.',
  },
  heading: "The ticket's targets:",
  promised: 'promised to the customer',
  internal: 'internal',
  met: 'met',
};

/** The target reminders' sentences in one language. */
export const TARGET_WORDING: Readonly<Record<Language, TargetReminderWording>> = { it, en };
