import { resolve } from 'node:path';
import { z } from 'zod';
import { checkDeskAgainstDeployment, loadDeskFile } from './desk-check';
import { DeskContextError } from './errors';

/** What one deployment of the desk needs to know, read from CDK context and validated once. */
export interface DeskConfig {
  /** CloudFormation stack name; also the prefix of the SES and Scheduler names the stack creates. */
  readonly stackName: string;
  /** Domain that receives the support mail (its MX points at SES) and that SES sends from. */
  readonly domain: string;
  /** The address customers write to; the receipt rule accepts mail for it only. */
  readonly supportAddress: string;
  /** Who is subscribed to the alarm topic. */
  readonly operatorAddresses: readonly string[];
  /** Absolute path of the desk JSON copied into each function bundle; undefined = embedded default desk. */
  readonly deskFile?: string;
  /** Region to deploy to; undefined = environment-agnostic (the CLI's default region). */
  readonly region?: string;
  /** Name of the account's already active receipt rule set to add our rule to, instead of creating one. */
  readonly existingRuleSetName?: string;
  /**
   * Days raw messages stay in S3 before they expire: the desk file's `retention.rawMail`, unless
   * the `rawRetentionDays` context key overrides it.
   */
  readonly rawRetentionDays: number;
  /** Entry file of the ingest function (development and tests only). */
  readonly ingestEntry?: string;
  /** Entry file of the send-reminder function (development and tests only). */
  readonly reminderEntry?: string;
}

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
// SES rule set names: letters, digits, '.', '_', '-'; start and end with a letter or digit.
const RULE_SET_NAME = /^[A-Za-z0-9]([A-Za-z0-9._-]{0,62}[A-Za-z0-9])?$/;
// Short enough that `<stackName>-reminders` and friends stay within SES/Scheduler's 64 characters.
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,39}$/;

const addressList = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()) : v),
  z
    .array(z.email({ error: 'expected email addresses' }), { error: 'expected a list of email addresses' })
    .min(1, {
      error: 'expected at least one email address',
    }),
);

const schema = z.object({
  stackName: z.string().regex(STACK_NAME, { error: 'expected a letter then up to 39 letters, digits or -' }),
  domain: z.string().regex(HOSTNAME, { error: 'expected a domain name such as support.example.com' }),
  supportAddress: z.email({ error: 'expected an email address' }),
  operatorAddresses: addressList,
  deskFile: z.string().min(1, { error: 'expected a path to a desk JSON file' }).optional(),
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, { error: 'expected an AWS region such as eu-west-1' })
    .optional(),
  existingRuleSetName: z
    .string()
    .regex(RULE_SET_NAME, { error: 'expected an SES receipt rule set name' })
    .optional(),
  rawRetentionDays: z.coerce
    .number({ error: 'expected a whole number of days' })
    .int({ error: 'expected a whole number of days' })
    .min(1, { error: 'expected at least 1 day' })
    .max(3650, { error: 'expected at most 3650 days' })
    .optional(),
  ingestEntry: z.string().min(1).optional(),
  reminderEntry: z.string().min(1).optional(),
});

type ContextKey = keyof z.input<typeof schema>;

/** The defaults make `npx cdk synth` work on a fresh clone; a real deployment overrides them. */
export const DEFAULT_CONTEXT = {
  stackName: 'SupportDesk',
  domain: 'example.com',
  supportAddress: 'support@example.com',
  operatorAddresses: ['operators@example.com'],
} as const;

/** Reads and validates the desk's CDK context; throws DeskContextError naming the first bad key. */
export function readDeskConfig(context: (key: string) => unknown, baseDir: string): DeskConfig {
  const raw = collect(context);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? 'context');
    throw new DeskContextError(
      key,
      `${issue?.message ?? 'invalid'}, got ${JSON.stringify(raw[key as ContextKey])}`,
    );
  }
  const config = parsed.data;
  checkSupportAddressDomain(config.supportAddress, config.domain);
  const deskFile = config.deskFile === undefined ? undefined : resolve(baseDir, config.deskFile);
  const desk = loadDeskFile(deskFile);
  checkDeskAgainstDeployment(desk, deskFile, config.domain, config.supportAddress);
  return { ...config, deskFile, rawRetentionDays: config.rawRetentionDays ?? desk.retention.rawMailDays };
}

function collect(context: (key: string) => unknown): Record<ContextKey, unknown> {
  const keys = Object.keys(schema.shape) as ContextKey[];
  const entries = keys.map((key) => [key, blankToUndefined(context(key)) ?? defaultFor(key)]);
  return Object.fromEntries(entries) as Record<ContextKey, unknown>;
}

function defaultFor(key: ContextKey): unknown {
  return (DEFAULT_CONTEXT as Record<string, unknown>)[key];
}

// `-c existingRuleSetName=` on the command line means "not set", not "named ''".
function blankToUndefined(value: unknown): unknown {
  return value === '' || value === null ? undefined : value;
}

function checkSupportAddressDomain(address: string, domain: string): void {
  const addressDomain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  if (addressDomain !== domain.toLowerCase()) {
    throw new DeskContextError(
      'supportAddress',
      `"${address}" is not an address of the domain "${domain}" that SES receives mail for`,
    );
  }
}
