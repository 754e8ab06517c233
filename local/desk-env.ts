import { ENV } from '../lib/env-names';
import { LOOPBACK } from './listen';
import { LOCAL_KEYS, LOCAL_RAW_BUCKET, LOCAL_RAW_PREFIX } from './s3-peer';
import { dataPaths, LOCAL_REGION, LOCAL_TABLE_NAME, type LocalSettings } from './settings';

/** Ports the AWS stand-ins listen on (the settings' own, unless the desk was started on port 0). */
export interface PeerPorts {
  readonly dynamoDbPort: number;
  readonly sesPort: number;
  readonly s3Port: number;
}

/**
 * The environment under which the Lambda handlers run on the local desk: the same
 * variables as on AWS, with the SDK's own endpoint overrides pointing at the local peers,
 * and s3rver's built-in keys, which it checks signatures against (dynalite and
 * aws-ses-v2-local accept any; no AWS credentials anywhere).
 */
export function handlerEnvironment(settings: LocalSettings, ports: PeerPorts): Record<string, string> {
  const paths = dataPaths(settings);
  return {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_KEYS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_KEYS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: `http://${LOOPBACK}:${ports.dynamoDbPort}`,
    AWS_ENDPOINT_URL_SES: `http://${LOOPBACK}:${ports.sesPort}`,
    AWS_ENDPOINT_URL_S3: `http://${LOOPBACK}:${ports.s3Port}`,
    // The SDK warns once per process that Node 20 support ends; on the local desk that is noise.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // The desk prints one line per message itself: the handlers' JSON logs keep warnings and
    // errors only, and their CloudWatch metrics (EMF lines) are off.
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
    POWERTOOLS_METRICS_DISABLED: 'true',
    [ENV.tableName]: LOCAL_TABLE_NAME,
    [ENV.rawBucket]: LOCAL_RAW_BUCKET,
    [ENV.rawPrefix]: LOCAL_RAW_PREFIX,
    [ENV.localScheduleDir]: paths.schedules,
  };
}
