import { parseBusinessDuration } from '../calendar';
import { type CheckedCalendar, checkCalendar, compileCheckedCalendar } from '../calendar/parse-calendar';
import type { Priority } from '../domain/vocabulary';
import { customerNumberPattern } from '../intake/fields/customer-number';
import { onFirstUse } from '../on-first-use';
import { DEFAULT_CUSTOMER_NUMBER_PHRASES, ITIL_MATRIX } from './defaults';
import type { Category, CustomerEntry, CustomerTerms, Desk, SlaTimes, TierTerms } from './desk';
import { DeskConfigError } from './errors';
import { type DeskFile, deskSchemas } from './schema';
import { lateStepsOf, targetsOf } from './target-file';
import { checkOnCall, intakeFields, intakeTeamOf, teamsOf } from './teams';
import { deskErrorFromZod } from './zod-error';

type Tier = DeskFile['tiers'][string];

function checkedCalendarsOf(file: DeskFile, source: string): Record<string, CheckedCalendar> {
  const calendars: Record<string, CheckedCalendar> = {};
  for (const [id, value] of Object.entries(file.calendars)) {
    try {
      calendars[id] = checkCalendar(value, `${source} calendars.${id}`);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new DeskConfigError(source, `calendars.${id}`, detail, { cause: error });
    }
  }
  return calendars;
}

function tierOf(tier: Tier, id: string, file: DeskFile, source: string): TierTerms {
  const targets = targetsOf(tier, `tiers.${id}`, file.languages, source);
  const amount = (name: string, p: Priority) => targets.find((t) => t.name === name)?.within[p] ?? null;
  const times = (p: Priority): SlaTimes => ({
    takeCharge: amount('takeCharge', p),
    resolution: amount('resolution', p),
  });
  return {
    times: { P1: times('P1'), P2: times('P2'), P3: times('P3'), P4: times('P4') },
    targets,
    urgentOutOfHours: tier.urgentOutOfHours,
    requiredFields: tier.requiredFields ?? null,
    outOfHoursCover: tier.outOfHoursCover ?? null,
    contract: tier.contract ? { ...tier.contract, value: tier.contract.value ?? null } : null,
  };
}

/** Checks that a name used in one field is defined in another. */
function mustExist(known: ReadonlyMap<string, unknown>, id: string, source: string, field: string): string {
  if (!known.has(id)) {
    throw new DeskConfigError(
      source,
      field,
      `unknown ${field.endsWith('tier') ? 'tier' : 'calendar'} ${JSON.stringify(id)}`,
    );
  }
  return id;
}

function customersOf(
  file: DeskFile,
  desk: Pick<Desk, 'tiers' | 'calendars' | 'defaultCalendarId'>,
  source: string,
): CustomerEntry[] {
  return file.customers.map((c, i) => ({
    match: c.match.toLowerCase(),
    name: c.name,
    tier: mustExist(desk.tiers, c.tier, source, `customers[${i}].tier`),
    contract: c.contract,
    credits: c.credits,
    calendarId: mustExist(
      desk.calendars,
      c.calendar ?? desk.defaultCalendarId,
      source,
      `customers[${i}].calendar`,
    ),
    requiredFields: c.requiredFields ?? null,
    contractValue: contractValueOf(desk, c, source, i),
  }));
}

/** A contract value is read against its tier's penalty clause: without one it would silently count for nothing. */
function contractValueOf(
  desk: Pick<Desk, 'tiers'>,
  customer: DeskFile['customers'][number],
  source: string,
  index: number,
): number | null {
  if (customer.contractValue === undefined) return null;
  if (!desk.tiers.get(customer.tier)?.contract) {
    const detail = `tier ${JSON.stringify(customer.tier)} states no penalty clause (tiers.${customer.tier}.contract)`;
    throw new DeskConfigError(source, `customers[${index}].contractValue`, detail);
  }
  return customer.contractValue;
}

function noContractOf(
  file: DeskFile,
  desk: Pick<Desk, 'tiers' | 'calendars' | 'defaultCalendarId'>,
  source: string,
): CustomerTerms {
  const tier = file.noContract?.tier ?? [...desk.tiers.keys()][0] ?? '';
  const calendar = file.noContract?.calendar ?? desk.defaultCalendarId;
  return {
    match: null,
    name: null,
    tier: mustExist(desk.tiers, tier, source, 'noContract.tier'),
    contract: false,
    credits: null,
    calendarId: mustExist(desk.calendars, calendar, source, 'noContract.calendar'),
    bestEffort: file.noContract?.bestEffort ?? false,
  };
}

function categoriesOf(file: DeskFile, source: string): Category[] {
  const seen = new Set<string>();
  return file.categories.map((entry, i) => {
    const id = typeof entry === 'string' ? entry : entry.id;
    if (seen.has(id))
      throw new DeskConfigError(source, `categories[${i}]`, `category ${JSON.stringify(id)} twice`);
    seen.add(id);
    const names = typeof entry === 'string' ? {} : entry.names;
    return { id, names: { it: names.it ?? id, en: names.en ?? id } };
  });
}

function compile({ file, calendars: checkedCalendars }: CheckedDeskFile, source: string): Desk {
  const calendars = new Map(
    Object.entries(checkedCalendars).map(([id, checked]) => [id, compileCheckedCalendar(checked)]),
  );
  const defaultCalendarId = mustExist(
    calendars,
    file.defaultCalendar ?? [...calendars.keys()][0] ?? '',
    source,
    'defaultCalendar',
  );
  const tiers = new Map(Object.entries(file.tiers).map(([id, tier]) => [id, tierOf(tier, id, file, source)]));
  for (const [id, tier] of tiers) {
    if (tier.outOfHoursCover === null) continue;
    mustExist(calendars, tier.outOfHoursCover, source, `tiers.${id}.outOfHoursCover`);
    if (tier.urgentOutOfHours === 'best-effort')
      throw new DeskConfigError(
        source,
        `tiers.${id}.outOfHoursCover`,
        'a tier with out-of-hours cover promises deadlines out of hours: urgentOutOfHours cannot be "best-effort"',
      );
  }
  if (!file.languages.includes(file.fallbackLanguage)) {
    throw new DeskConfigError(
      source,
      'fallbackLanguage',
      `${JSON.stringify(file.fallbackLanguage)} is not one of languages`,
    );
  }
  const base = { tiers, calendars, defaultCalendarId };
  const operatorAddresses = file.operatorAddresses.map((a) => a.toLowerCase());
  const teams = teamsOf(file, operatorAddresses, source);
  const intakeTeam = intakeTeamOf(file, teams, source);
  checkOnCall(teams, intakeTeam, source);
  // A team's target starts when a ticket is escalated to it: a name no team has would never start.
  for (const [id, tier] of tiers) {
    for (const target of tier.targets) {
      if (target.team !== null && teams.size > 0 && !teams.has(target.team))
        throw new DeskConfigError(
          source,
          `tiers.${id}.targets.${target.name}.team`,
          `unknown team ${JSON.stringify(target.team)}`,
        );
    }
  }
  const customerNumberPhrases = file.customerNumberPatterns ?? DEFAULT_CUSTOMER_NUMBER_PHRASES;
  const customerNumberPatterns = onFirstUse(() => customerNumberPhrases.map(customerNumberPattern));
  return Object.freeze({
    name: file.name,
    supportAddresses: file.supportAddresses.map((a) => a.toLowerCase()),
    operatorAddresses,
    fromAddress: (file.fromAddress ?? file.supportAddresses[0] ?? '').toLowerCase(),
    ...base,
    matrix: file.matrix ?? ITIL_MATRIX,
    requiredFields: intakeFields(file.requiredFields, teams, intakeTeam),
    teams,
    intakeTeam,
    categories: categoriesOf(file, source),
    // Compiled on first read: only a desk that asks for the customer number reads them, and the
    // dozen patterns cost ~3 ms of CPU to build in a cold start.
    get customerNumberPatterns() {
      return customerNumberPatterns();
    },
    urgentWords: file.urgentWords,
    languages: file.languages,
    fallbackLanguage: file.fallbackLanguage,
    operatorLanguage: file.operatorLanguage ?? file.fallbackLanguage,
    customers: customersOf(file, base, source),
    noContract: noContractOf(file, base, source),
    creditsRequired: file.creditsRequired,
    ackThrottle: file.ackThrottle,
    sameDomainReplies: file.sameDomainReplies,
    warningRatio: file.warningRatio,
    lateChain: lateStepsOf(file.lateChain),
    awaitingInfoAfter: parseBusinessDuration(file.awaitingInfoAfter),
    retention: {
      ticketDays: Number.parseInt(file.retention.tickets, 10),
      rawMailDays: Number.parseInt(file.retention.rawMail, 10),
    },
  });
}

/**
 * A desk file that passed the schemas: the file as the desk schema returns it (defaults filled in)
 * and each calendar as its schema converts it. Plain JSON: what a Lambda bundle carries of the
 * desk its synth checked (checked-desk.ts), so that a cold start builds and runs no schema.
 */
export interface CheckedDeskFile {
  readonly file: DeskFile;
  readonly calendars: Readonly<Record<string, CheckedCalendar>>;
}

/** Checks a desk file (parsed JSON) against the schemas; throws DeskConfigError naming source, field and value. */
export function checkDesk(input: unknown, source = 'desk'): CheckedDeskFile {
  const result = deskSchemas().deskSchema.safeParse(input);
  if (!result.success) throw deskErrorFromZod(result.error, input, source);
  return { file: result.data, calendars: checkedCalendarsOf(result.data, source) };
}

/**
 * The immutable Desk of a checked desk file: its cross-references checked (tiers, calendars, teams
 * named where they are used), its calendars and patterns compiled. Throws DeskConfigError.
 */
export function compileCheckedDesk(checked: CheckedDeskFile, source = 'desk'): Desk {
  return compile(checked, source);
}

/** Validates a desk file (parsed JSON) into an immutable Desk; throws DeskConfigError naming source, field and value. */
export function parseDesk(input: unknown, source = 'desk'): Desk {
  return compile(checkDesk(input, source), source);
}

/** A desk file's text as JSON, or DeskConfigError `<source>: (root): not valid JSON (...)`. */
function jsonOf(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DeskConfigError(source, '', `not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

/** Checks a desk file's text against the schemas, as checkDesk does. */
export function checkDeskJson(text: string, source: string): CheckedDeskFile {
  return checkDesk(jsonOf(text, source), source);
}

/**
 * Reads a desk file's text (from wherever the caller read it): DeskConfigError
 * `<source>: (root): not valid JSON (...)`, or naming source, field and value as parseDesk does.
 */
export function parseDeskJson(text: string, source: string): Desk {
  return parseDesk(jsonOf(text, source), source);
}
