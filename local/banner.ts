import { relative } from 'node:path';
import { LOCAL_EDGE } from '../lib/local-desk-endpoint';
import { LOCAL_STACK_NAME } from '../lib/stack-outputs';
import { LOCAL_RAW_BUCKET } from './s3-peer';
import { LOCAL_ENV, LOCAL_TABLE_NAME, type LocalSettings } from './settings';

/** What the banner reports: where each part listens once started. */
export interface BannerFacts {
  readonly settings: LocalSettings;
  readonly smtpPort: number;
  readonly sesPort: number;
  readonly dynamoDbPort: number;
  readonly s3Port: number;
  readonly edgePort: number;
  readonly schedulerPort: number;
  readonly supportAddresses: readonly string[];
  readonly deskSource: string;
  /** Directory the person runs commands from, to show short paths. */
  readonly cwd: string;
}

/** The lines `npm start` prints before `ready`: what listens where and how to try it. */
export function bannerLines(facts: BannerFacts): string[] {
  const env = commandEnv(facts);
  const inside = relative(facts.cwd, facts.settings.dataDir);
  const data = inside === '' ? '.' : inside.startsWith('..') ? facts.settings.dataDir : inside;
  return [
    'support-desk: the local desk (same handlers as the Lambdas, local peers instead of AWS)',
    `  SMTP in     smtp://127.0.0.1:${facts.smtpPort}  for ${facts.supportAddresses.join(', ')} (STARTTLS offered)`,
    `  SES outbox  http://127.0.0.1:${facts.sesPort}/  open it in a browser; GET /store for JSON`,
    `  DynamoDB    http://127.0.0.1:${facts.dynamoDbPort}  table ${LOCAL_TABLE_NAME}`,
    `  S3          http://127.0.0.1:${facts.s3Port}  bucket ${LOCAL_RAW_BUCKET} (raw mail, as the SES S3 action stores it)`,
    `  AWS edge    http://127.0.0.1:${facts.edgePort}  AWS_ENDPOINT_URL for DynamoDB, SES, S3, Scheduler, CloudFormation (stack ${LOCAL_STACK_NAME})`,
    `  Scheduler   http://127.0.0.1:${facts.schedulerPort}  EventBridge Scheduler API; fires each reminder at its time (${data}/scheduler)`,
    `  desk        ${facts.deskSource}`,
    `  data        ${data}`,
    `Send a sample:    ${env}npx support-desk send examples/mail/it-complete-request.eml`,
    `List tickets:     ${env}npx support-desk tickets list`,
    `Fire reminders:   ${env}npx support-desk reminders run-due --at 2030-01-01T00:00:00Z`,
  ];
}

// The commands find the desk through the same variables; repeat those that differ from the defaults.
function commandEnv(facts: BannerFacts): string {
  const differing: Array<[string, string, string]> = [
    [LOCAL_ENV.smtpPort, String(facts.smtpPort), '2525'],
    [LOCAL_ENV.sesPort, String(facts.sesPort), '8005'],
    [LOCAL_ENV.dynamoDbPort, String(facts.dynamoDbPort), '8000'],
    [LOCAL_ENV.s3Port, String(facts.s3Port), '8006'],
    [LOCAL_ENV.edgePort, String(facts.edgePort), String(LOCAL_EDGE.defaultPort)],
    [LOCAL_ENV.schedulerPort, String(facts.schedulerPort), '8007'],
    [LOCAL_ENV.dataDir, facts.settings.dataDir, `${facts.cwd}/.data`],
  ];
  return differing
    .filter(([, value, fallback]) => value !== fallback)
    .map(([name, value]) => `${name}=${value} `)
    .join('');
}
