import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import aws4 from 'aws4';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_KEYS, LOCAL_RAW_BUCKET, startS3Peer } from '../../local/s3-peer';
import { type S3rverStore, withBucketConfigsRemembered, withoutRequestLog } from '../../local/s3rver-trim';
import { LOCAL_REGION } from '../../local/settings';

/** A store that counts its reads and serves what was last put; its writes take 20 ms. */
function countingStore() {
  const configs = new Map<string, string>();
  const reads: string[] = [];
  const slowly = () => new Promise((done) => setTimeout(done, 20));
  const store: S3rverStore = {
    async getSubresource(bucket, key, type) {
      reads.push(`${bucket}/${key ?? ''}/${type}`);
      return configs.get(`${bucket}/${type}`) ?? null;
    },
    async putSubresource(bucket, _key, resource) {
      await slowly();
      configs.set(`${bucket}/${resource.type}`, `${resource.type} of ${bucket}`);
    },
    async deleteSubresource(bucket, _key, type) {
      await slowly();
      configs.delete(`${bucket}/${type}`);
    },
    async putBucket() {
      await slowly();
    },
    async deleteBucket(bucket) {
      await slowly();
      for (const key of [...configs.keys()]) if (key.startsWith(`${bucket}/`)) configs.delete(key);
    },
  };
  return { store, reads };
}

describe('withBucketConfigsRemembered', () => {
  it("reads a bucket's configuration from the store once", async () => {
    const { store, reads } = countingStore();
    withBucketConfigsRemembered(store);
    const answers = [
      await store.getSubresource('raw', undefined, 'cors'),
      await store.getSubresource('raw', undefined, 'cors'),
      await store.getSubresource('raw', undefined, 'website'),
      await store.getSubresource('raw', undefined, 'website'),
    ];
    expect(answers).toEqual([null, null, null, null]);
    expect(reads).toEqual(['raw//cors', 'raw//website']);
  });

  it("reads an object's subresources every time", async () => {
    const { store, reads } = countingStore();
    withBucketConfigsRemembered(store);
    await store.getSubresource('raw', 'inbound/m-1', 'acl');
    await store.getSubresource('raw', 'inbound/m-1', 'acl');
    expect(reads).toEqual(['raw/inbound/m-1/acl', 'raw/inbound/m-1/acl']);
  });

  it('forgets a bucket on every write of its configurations, and on the bucket made or deleted', async () => {
    const { store } = countingStore();
    withBucketConfigsRemembered(store);
    const cors = () => store.getSubresource('raw', undefined, 'cors');
    expect(await cors()).toBeNull();
    await store.putSubresource('raw', undefined, { type: 'cors' });
    expect(await cors()).toBe('cors of raw');
    await store.deleteSubresource('raw', undefined, 'cors');
    expect(await cors()).toBeNull();
    await store.putSubresource('raw', undefined, { type: 'cors' });
    expect(await cors()).toBe('cors of raw');
    await store.deleteBucket('raw');
    expect(await cors()).toBeNull();
    await store.putSubresource('raw', undefined, { type: 'cors' });
    await store.putBucket('raw');
    expect(await cors()).toBe('cors of raw');
  });

  it('keeps nothing of a read made while a configuration was being written', async () => {
    const { store } = countingStore();
    withBucketConfigsRemembered(store);
    const writing = store.putSubresource('raw', undefined, { type: 'cors' });
    const during = await store.getSubresource('raw', undefined, 'cors');
    await writing;
    expect(during).toBeNull();
    expect(await store.getSubresource('raw', undefined, 'cors')).toBe('cors of raw');
  });

  it('does not remember a failed read', async () => {
    const { store } = countingStore();
    let failures = 1;
    const read = store.getSubresource.bind(store);
    store.getSubresource = (bucket, key, type) =>
      failures-- > 0 ? Promise.reject(new Error('EIO')) : read(bucket, key, type);
    withBucketConfigsRemembered(store);
    await expect(store.getSubresource('raw', undefined, 'cors')).rejects.toThrow('EIO');
    expect(await store.getSubresource('raw', undefined, 'cors')).toBeNull();
  });
});

describe('withoutRequestLog', () => {
  const step = (name: string) => Object.defineProperty(() => undefined, 'name', { value: name });

  it("removes koa-logger's middleware and keeps the others in order", () => {
    const middleware = [step('logger'), step('xml'), step('dispatch')];
    withoutRequestLog({ middleware, store: countingStore().store });
    expect(middleware.map((m) => m.name)).toEqual(['xml', 'dispatch']);
  });

  it('removes nothing unless exactly one middleware is the logger', () => {
    const none = [step('xml'), step('dispatch')];
    const two = [step('logger'), step('logger'), step('dispatch')];
    withoutRequestLog({ middleware: none, store: countingStore().store });
    withoutRequestLog({ middleware: two, store: countingStore().store });
    expect(none.map((m) => m.name)).toEqual(['xml', 'dispatch']);
    expect(two.map((m) => m.name)).toEqual(['logger', 'logger', 'dispatch']);
  });
});

describe('a trimmed s3rver, on the wire', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 's3-trim-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function send(port: number, method: string, path: string, headers: Record<string, string>, body = '') {
    const signed: aws4.Request = {
      host: `127.0.0.1:${port}`,
      path,
      method,
      service: 's3',
      region: LOCAL_REGION,
      body,
      headers,
    };
    if (method !== 'OPTIONS') aws4.sign(signed, LOCAL_KEYS);
    return new Promise<{ status: number; allowOrigin: string | undefined }>((resolve, reject) => {
      const sent = request(
        { host: '127.0.0.1', port, path, method, headers: signed.headers as Record<string, string> },
        (answer) => {
          answer.resume();
          answer.on('end', () =>
            resolve({
              status: answer.statusCode ?? 0,
              allowOrigin: answer.headers['access-control-allow-origin'] as string | undefined,
            }),
          );
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
  }

  it('answers a CORS preflight by the configuration put and deleted through the API', async () => {
    const peer = await startS3Peer(0, dir);
    try {
      const preflight = () =>
        send(peer.port, 'OPTIONS', `/${LOCAL_RAW_BUCKET}/inbound/m-1`, {
          Origin: 'http://localhost:8080',
          'Access-Control-Request-Method': 'GET',
        });
      const before = await preflight();
      const config =
        '<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod></CORSRule></CORSConfiguration>';
      const put = await send(
        peer.port,
        'PUT',
        `/${LOCAL_RAW_BUCKET}?cors`,
        { 'Content-Type': 'application/xml' },
        config,
      );
      const during = await preflight();
      const deleted = await send(peer.port, 'DELETE', `/${LOCAL_RAW_BUCKET}?cors`, {});
      const after = await preflight();
      expect([before.status, put.status, during.status, deleted.status, after.status]).toEqual([
        403, 200, 200, 200, 403,
      ]); // s3rver answers the DELETE with 200 where S3 answers 204
      expect(during.allowOrigin).toBe('*');
    } finally {
      await peer.stop();
    }
  });
});
