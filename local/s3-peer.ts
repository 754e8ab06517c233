import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, request } from 'node:http';
import { createRequire } from 'node:module';
import aws4 from 'aws4';
import { type ObjectTarget, objectTarget } from '../lib/aws/s3-request';
import { LOCAL_EDGE } from '../lib/local-desk-endpoint';
import { closeHttpServer, LOOPBACK, listenOnLoopback } from './listen';
import { type TrimmableS3rver, withBucketConfigsRemembered, withoutRequestLog } from './s3rver-trim';
import { LOCAL_ENV, LOCAL_REGION } from './settings';

/** The bucket the local SES receiving stores raw mail in, as the receipt rule's S3 action does. */
export const LOCAL_RAW_BUCKET = 'support-desk-raw';
/** The key prefix of raw mail in that bucket, as on AWS. */
export const LOCAL_RAW_PREFIX = 'inbound/';
/**
 * s3rver's built-in account: it checks every request's signature against these keys, so the
 * local desk signs with them (dynalite and aws-ses-v2-local accept any). Not AWS credentials.
 */
export const LOCAL_KEYS = LOCAL_EDGE.credentials;

/** A running S3-compatible endpoint holding the raw mail. */
export interface S3Peer {
  readonly port: number;
  /** What the ingest function's S3 reader is pointed at (`AWS_ENDPOINT_URL_S3`), path-style. */
  readonly endpoint: string;
  /** Stores `body` at `key` of the raw bucket with a signed PUT, as SES's S3 action would. */
  put(key: string, body: Uint8Array): Promise<void>;
  stop(): Promise<void>;
}

// s3rver (the maintained @20minutes fork) is CommonJS and ships no types: the part used is declared here.
interface S3rver extends TrimmableS3rver {
  configureBuckets(): Promise<unknown>;
  callback(): Parameters<typeof createServer>[0];
}
type S3rverClass = new (options: {
  silent: boolean;
  directory: string;
  vhostBuckets: boolean;
  configureBuckets: readonly { name: string }[];
}) => S3rver;

// Required when a peer starts, not when this module loads: the CLI commands import the desk's
// environment (and so the constants above) without ever starting s3rver and its Koa stack.
export const loadS3rver = (): S3rverClass =>
  createRequire(import.meta.url)('@20minutes/s3rver') as S3rverClass;

/**
 * Starts s3rver on 127.0.0.1 (0 = any free port) with the raw bucket, its objects under `dir` so
 * that raw mail survives a restart. s3rver verifies SigV4 itself: the ingest function's
 * hand-signed GET is checked by an implementation we did not write.
 */
export async function startS3Peer(port: number, dir: string): Promise<S3Peer> {
  await mkdir(dir, { recursive: true });
  const S3rver = loadS3rver();
  const s3 = new S3rver({
    silent: true,
    directory: dir,
    vhostBuckets: false,
    configureBuckets: [{ name: LOCAL_RAW_BUCKET }],
  });
  withoutRequestLog(s3);
  withBucketConfigsRemembered(s3.store);
  await s3.configureBuckets();
  const server = createServer(s3.callback());
  const bound = await listenOnLoopback(server, port, 'S3 (s3rver)', LOCAL_ENV.s3Port);
  const endpoint = `http://${LOOPBACK}:${bound}`;
  return { port: bound, endpoint, put: rawBucketPut(endpoint), stop: () => closeHttpServer(server) };
}

/** Stores objects in the raw bucket of the S3 peer at `endpoint`, wherever that peer runs (a signed PUT). */
export function rawBucketPut(endpoint: string): S3Peer['put'] {
  const base = new URL(endpoint);
  return (key, body) => signedPut(objectTarget(LOCAL_RAW_BUCKET, key, LOCAL_REGION, base), body);
}

// The object's address as the ingest function's reader computes it (path-style, S3's key encoding).
function signedPut(target: ObjectTarget, body: Uint8Array): Promise<void> {
  const { hostname, port, path } = target;
  const signed: aws4.Request = {
    host: `${hostname}:${port}`,
    path,
    method: 'PUT',
    service: 's3',
    region: LOCAL_REGION,
    body: Buffer.from(body.buffer, body.byteOffset, body.byteLength),
    headers: { 'Content-Type': 'message/rfc822' },
  };
  aws4.sign(signed, LOCAL_KEYS);
  return new Promise((resolve, reject) => {
    const put = request(
      { host: hostname, port, path, method: 'PUT', headers: signed.headers as Record<string, string> },
      (answer: IncomingMessage) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          if (answer.statusCode === 200) resolve();
          else reject(new Error(`S3 (s3rver) PUT ${path}: ${answer.statusCode} ${Buffer.concat(chunks)}`));
        });
      },
    );
    put.on('error', reject);
    put.end(signed.body);
  });
}
