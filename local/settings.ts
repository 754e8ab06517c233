import { isAbsolute, join, resolve } from 'node:path';
import { LOCAL_EDGE } from '../lib/local-desk-endpoint';
import { LocalSettingError } from './errors';

/** Environment variables of the local desk and of the CLI commands that talk to it. */
export const LOCAL_ENV = {
  smtpPort: 'SMTP_PORT',
  sesPort: 'SES_PORT',
  dynamoDbPort: 'DYNAMODB_PORT',
  s3Port: 'S3_PORT',
  /** The one endpoint that answers as AWS (AWS_ENDPOINT_URL), routing by signing service. */
  edgePort: LOCAL_EDGE.portVariable,
  /** The EventBridge Scheduler peer (also reached through the edge). */
  schedulerPort: 'SCHEDULER_PORT',
  dataDir: 'DATA_DIR',
  /** Largest message the SMTP intake accepts, in bytes (552 above it). */
  smtpMaxBytes: 'SMTP_MAX_BYTES',
} as const;

/** Where the local desk listens and keeps its data. */
export interface LocalSettings {
  readonly smtpPort: number;
  readonly sesPort: number;
  readonly dynamoDbPort: number;
  readonly s3Port: number;
  readonly edgePort: number;
  readonly schedulerPort: number;
  /** Absolute path of the data folder. */
  readonly dataDir: string;
  readonly smtpMaxBytes: number;
}

/** The table the local desk keeps its tickets in. */
export const LOCAL_TABLE_NAME = 'support-desk-local';
/** Region the SDK clients are given; the local peers ignore it. */
export const LOCAL_REGION = LOCAL_EDGE.region;
/** SES receiving stores up to 40 MB per message; so does the local desk. */
const DEFAULT_MAX_BYTES = 40 * 1024 * 1024;

/** Reads the settings from an environment, with the defaults of CONTRACT section 7. */
export function readLocalSettings(env: NodeJS.ProcessEnv, cwd: string): LocalSettings {
  const dataDir = env[LOCAL_ENV.dataDir] || '.data';
  return {
    smtpPort: port(env, LOCAL_ENV.smtpPort, 2525),
    sesPort: port(env, LOCAL_ENV.sesPort, 8005),
    dynamoDbPort: port(env, LOCAL_ENV.dynamoDbPort, 8000),
    s3Port: port(env, LOCAL_ENV.s3Port, 8006),
    edgePort: port(env, LOCAL_ENV.edgePort, LOCAL_EDGE.defaultPort),
    schedulerPort: port(env, LOCAL_ENV.schedulerPort, 8007),
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(cwd, dataDir),
    smtpMaxBytes: positiveInteger(env, LOCAL_ENV.smtpMaxBytes, DEFAULT_MAX_BYTES),
  };
}

/** The folders under the data folder, one per concern. */
export function dataPaths(settings: LocalSettings) {
  const under = (name: string) => join(settings.dataDir, name);
  return {
    dynamoDb: under('dynamodb'),
    s3: under('s3'),
    /** Where raw mail was kept before the local desk had an S3 peer: moved into it at start. */
    legacyRaw: under('raw'),
    inbound: under('inbound'),
    /** The Scheduler peer's schedules and dead letters. */
    scheduler: under('scheduler'),
    /** Where the file scheduler of earlier versions kept pending schedules: moved into the peer at start. */
    legacySchedules: under('schedules'),
  };
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = integer(env, name, fallback);
  if (value > 65_535) throw new LocalSettingError(name, String(env[name]), 'a port number from 0 to 65535');
  return value;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = integer(env, name, fallback);
  if (value === 0) throw new LocalSettingError(name, String(env[name]), 'a whole number above 0');
  return value;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^\d{1,9}$/.test(text)) throw new LocalSettingError(name, text, 'a whole number');
  return Number(text);
}
