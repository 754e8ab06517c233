import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import aws4 from 'aws4';

// s3rver (the maintained @20minutes fork) is an S3-compatible server written apart from us: it
// checks every request's SigV4 signature against its own implementation, so reading from it
// tests our hand-signed GET against a verifier we did not write. It ships no types: the part
// used here is declared below.
interface S3rverOptions {
  readonly address: string;
  readonly port: number;
  readonly silent: boolean;
  readonly directory: string;
  readonly vhostBuckets: boolean;
  readonly configureBuckets: readonly { readonly name: string }[];
}
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
const S3rver = createRequire(import.meta.url)('@20minutes/s3rver') as new (
  options: S3rverOptions,
) => S3rverInstance;

/** The keys of s3rver's built-in account (its documentation's, not AWS credentials). */
export const S3RVER_KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** A running s3rver on 127.0.0.1 with one bucket, addressed path-style. */
export interface LocalS3 {
  readonly endpoint: URL;
  readonly bucket: string;
  /** Stores `body` at `key` with a signed PUT. */
  put(key: string, body: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export async function startS3rver(bucket: string): Promise<LocalS3> {
  const directory = mkdtempSync(join(tmpdir(), 's3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = new URL(`http://127.0.0.1:${port}`);
  return {
    endpoint,
    bucket,
    put: async (key, body) => {
      const path = `/${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
      const request: aws4.Request = {
        host: endpoint.host,
        path,
        method: 'PUT',
        service: 's3',
        region: 'us-east-1',
        body: Buffer.from(body),
        headers: { 'Content-Type': 'message/rfc822' },
      };
      aws4.sign(request, S3RVER_KEYS);
      const headers = Object.fromEntries(
        Object.entries(request.headers ?? {}).map(([name, value]) => [name, String(value)]),
      );
      const answer = await fetch(new URL(path, endpoint), {
        method: 'PUT',
        headers,
        body: Buffer.from(body),
      });
      if (!answer.ok) throw new Error(`s3rver PUT ${key}: ${answer.status} ${await answer.text()}`);
    },
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
