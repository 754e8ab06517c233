import { type BusinessDuration, parseBusinessDuration } from '../calendar';
import { type Language, PRIORITIES, type Priority } from '../domain/vocabulary';
import type { LateStep } from './desk';
import { DeskConfigError } from './errors';
import type { DeskFile } from './schema';
import {
  CONTRACT_EVENTS,
  CONTRACT_WORDING,
  type ContractTarget,
  isContractTarget,
  type TargetTerms,
} from './targets';

type TierFile = DeskFile['tiers'][string];
type TargetFile = NonNullable<TierFile['targets']>[string];
type Words = Readonly<Partial<Record<Language, string>>>;

function amounts(within: TargetFile['within']): Record<Priority, BusinessDuration | null> {
  const of = (text: string | null) => (text === null ? null : parseBusinessDuration(text));
  const entries = PRIORITIES.map((p) => [p, of(typeof within === 'string' ? within : within[p])] as const);
  return Object.fromEntries(entries) as Record<Priority, BusinessDuration | null>;
}

/** The `sla` shorthand: targets takeCharge and resolution, as the desk always had them. */
function shorthand(sla: NonNullable<TierFile['sla']>): TargetTerms[] {
  const target = (name: ContractTarget): TargetTerms => ({
    name,
    within: amounts({
      P1: sla.P1[name],
      P2: sla.P2[name],
      P3: sla.P3[name],
      P4: sla.P4[name],
    }),
    starts: 'intake',
    team: null,
    metBy: CONTRACT_EVENTS[name],
    promised: true,
    when: null,
    ...CONTRACT_WORDING[name],
    lateChain: null,
  });
  return [target('takeCharge'), target('resolution')];
}

/** A late chain as the desk file writes it, its addresses lower case (as the desk's own). */
export function lateStepsOf(steps: readonly { after: string; to: readonly string[] }[]): LateStep[] {
  return steps.map((step) => ({
    after: parseBusinessDuration(step.after),
    to: step.to.map((a) => a.toLowerCase()),
  }));
}

interface Where {
  readonly source: string;
  readonly field: string;
  readonly languages: readonly Language[];
}

/** Each of the desk's languages from `given`, else `fallback`; refuses a missing one when there is no fallback. */
function perLanguage(
  given: Words | undefined,
  fallback: ((language: Language) => string) | null,
  where: Where,
  key: string,
): Record<Language, string> {
  const out: Partial<Record<Language, string>> = {};
  for (const language of ['it', 'en'] as const) {
    const text = given?.[language] ?? fallback?.(language);
    if (text === undefined) {
      if (!where.languages.includes(language)) continue;
      throw new DeskConfigError(
        where.source,
        `${where.field}.${key}.${language}`,
        'a promised target needs its wording in each of the desk languages',
      );
    }
    out[language] = text;
  }
  // A language the desk does not speak is never written; it borrows a spoken one's text.
  const any = out.it ?? out.en ?? '';
  return { it: out.it ?? any, en: out.en ?? any };
}

function compiled(name: string, file: TargetFile, where: Where): TargetTerms {
  if (file.starts === 'escalation' && file.team === undefined) {
    throw new DeskConfigError(
      where.source,
      `${where.field}.team`,
      'a target that starts on escalation names its team',
    );
  }
  if (file.starts !== 'escalation' && file.team !== undefined) {
    throw new DeskConfigError(
      where.source,
      `${where.field}.starts`,
      'a target with a team starts on "escalation"',
    );
  }
  const contract = isContractTarget(name) ? CONTRACT_WORDING[name] : null;
  const metBy = file.metBy ?? (isContractTarget(name) ? CONTRACT_EVENTS[name] : undefined);
  if (metBy === undefined) {
    throw new DeskConfigError(
      where.source,
      `${where.field}.metBy`,
      'required for a target other than takeCharge and resolution (take-charge, first-answer, start or resolution)',
    );
  }
  const label = perLanguage(file.label, (l) => contract?.label[l] ?? name, where, 'label');
  const unpromised = file.promised ? null : (l: Language) => `${label[l]}: {at}.`;
  const wording = perLanguage(
    file.wording,
    contract ? (l) => contract.wording[l] : unpromised,
    where,
    'wording',
  );
  for (const language of where.languages) {
    if (!wording[language].includes('{at}')) {
      throw new DeskConfigError(
        where.source,
        `${where.field}.wording.${language}`,
        'must contain {at}, the due time',
      );
    }
  }
  return {
    name,
    within: amounts(file.within),
    starts: file.starts,
    team: file.team ?? null,
    metBy,
    promised: file.promised,
    when: file.when?.blocking === undefined ? null : { blocking: file.when.blocking },
    wording,
    label,
    lateChain: file.lateChain === undefined ? null : lateStepsOf(file.lateChain),
  };
}

/** A tier's targets: its `targets`, or the `sla` shorthand compiled into takeCharge and resolution. */
export function targetsOf(
  tier: TierFile,
  field: string,
  languages: readonly Language[],
  source: string,
): TargetTerms[] {
  if (tier.sla !== undefined && tier.targets !== undefined) {
    throw new DeskConfigError(source, `${field}.targets`, 'a tier has sla or targets, not both');
  }
  if (tier.sla !== undefined) return shorthand(tier.sla);
  if (tier.targets === undefined)
    throw new DeskConfigError(source, `${field}.targets`, 'a tier needs sla or targets');
  return Object.entries(tier.targets).map(([name, target]) =>
    compiled(name, target, { source, field: `${field}.targets.${name}`, languages }),
  );
}
