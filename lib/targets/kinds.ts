import type { AnyReminderKind, ReminderKind } from '../domain/vocabulary';

const CONTRACT_KINDS: Readonly<Record<string, readonly [ReminderKind, ReminderKind]>> = {
  takeCharge: ['take-charge-warning', 'take-charge-due'],
  resolution: ['resolution-warning', 'resolution-due'],
};

/** The warning reminder's kind of a target: the contract's for takeCharge and resolution. */
export function warningKind(name: string): AnyReminderKind {
  return CONTRACT_KINDS[name]?.[0] ?? `target-${name}-warning`;
}

/** The due reminder's kind of a target: the contract's for takeCharge and resolution. */
export function dueKind(name: string): AnyReminderKind {
  return CONTRACT_KINDS[name]?.[1] ?? `target-${name}-due`;
}

/** The kind of the late chain's `step`-th step (1 for the first) of a target. */
export function lateKind(name: string, step: number): AnyReminderKind {
  return `target-${name}-late${step}`;
}

/** What a reminder kind of a target stands for. */
export interface TargetReminder {
  readonly target: string;
  readonly step: 'warning' | 'due' | 'late';
  /** The late chain's step, from 1; 0 for the warning and the due. */
  readonly late: number;
}

const TARGET_KIND = /^target-([a-z][a-zA-Z0-9]{0,23})-(warning|due|late([1-9]))$/;

/** The target and step a reminder kind guards; null for the customers' nudges. */
export function targetOfKind(kind: AnyReminderKind): TargetReminder | null {
  for (const [target, [warning, due]] of Object.entries(CONTRACT_KINDS)) {
    if (kind === warning) return { target, step: 'warning', late: 0 };
    if (kind === due) return { target, step: 'due', late: 0 };
  }
  const match = TARGET_KIND.exec(kind);
  if (!match) return null;
  const late = match[3] === undefined ? 0 : Number(match[3]);
  return { target: match[1] ?? '', step: late > 0 ? 'late' : (match[2] as 'warning' | 'due'), late };
}

/** Every reminder kind of a target, its late chain of `lateSteps` included. */
export function kindsOfTarget(name: string, lateSteps: number): AnyReminderKind[] {
  const late = Array.from({ length: lateSteps }, (_, i) => lateKind(name, i + 1));
  return [warningKind(name), dueKind(name), ...late];
}
