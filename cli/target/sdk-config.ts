import { LOCAL_EDGE } from '../../lib/local-desk-endpoint';
import type { DeskTarget } from './target-options';

type Env = Readonly<Record<string, string | undefined>>;

/** What every SDK client of one command is built with. */
export interface SdkConfig {
  readonly region?: string;
  readonly endpoint?: string;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly maxAttempts?: number;
}

const LOOPBACK = /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/i;

/**
 * SDK options for the target. A deployed stack gets the SDK's standard chain for credentials and
 * region and its own reading of AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE>. The local desk
 * gets its edge endpoint and its fixed keys; so does `--stack local` pointed at a loopback
 * endpoint with no credentials of its own, as LocalStack users expect.
 */
export function sdkConfig(target: DeskTarget, env: Env): SdkConfig {
  if (target.local) {
    // A desk that is not running must be told in well under two seconds: no retries against it.
    return {
      region: target.region,
      endpoint: target.endpoint,
      credentials: LOCAL_EDGE.credentials,
      maxAttempts: 1,
    };
  }
  const loopback = LOOPBACK.test(env.AWS_ENDPOINT_URL ?? '');
  const ownCredentials = Boolean(env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE || env.AWS_WEB_IDENTITY_TOKEN_FILE);
  return {
    ...(target.region === undefined ? {} : { region: target.region }),
    ...(loopback && !ownCredentials ? { credentials: LOCAL_EDGE.credentials } : {}),
    ...(loopback && target.region === undefined && !env.AWS_REGION ? { region: LOCAL_EDGE.region } : {}),
  };
}
