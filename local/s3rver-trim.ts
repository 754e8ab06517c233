// Two costs of s3rver (the maintained @20minutes fork, 4.0.3) that the local desk does not need,
// taken off every request: about a fifth of the CPU of a raw-mail put and read, client included.

/** s3rver's filesystem store, as far as its bucket configurations go. */
export interface S3rverStore {
  getSubresource(bucket: string, key: string | undefined, type: string): Promise<unknown>;
  putSubresource(
    bucket: string,
    key: string | undefined,
    resource: { readonly type: string },
  ): Promise<unknown>;
  deleteSubresource(bucket: string, key: string | undefined, type: string): Promise<unknown>;
  putBucket(bucket: string): Promise<unknown>;
  deleteBucket(bucket: string): Promise<unknown>;
}

/** The parts of an s3rver (a Koa application) that are trimmed. */
export interface TrimmableS3rver {
  /** Koa's middleware, in order. */
  readonly middleware: ((...args: never[]) => unknown)[];
  readonly store: S3rverStore;
}

/**
 * Removes koa-logger's request log, which formats and colours a line for every request even with
 * `silent` set (the line then goes to a silenced Winston transport); s3rver's own logger, which
 * its other middleware use, stays. koa-logger's middleware is the function named `logger`: if
 * there is not exactly one, nothing is removed.
 */
export function withoutRequestLog(s3: TrimmableS3rver): void {
  const logs = s3.middleware.filter((step) => step.name === 'logger');
  if (logs.length === 1) s3.middleware.splice(s3.middleware.indexOf(logs[0]!), 1);
}

/**
 * Remembers each bucket's CORS and website configurations, which s3rver reads from disk on every
 * request (two failed file opens when a bucket has none). Every write of a configuration through
 * the store, and every bucket made or deleted, forgets what was remembered for that bucket once
 * the write is done, so that no read made before or during it is kept. Object-level
 * subresources are read as before.
 */
export function withBucketConfigsRemembered(store: S3rverStore): void {
  const remembered = new Map<string, Promise<unknown>>();
  const keyOf = (bucket: string, type: string) => `${bucket}\n${type}`;
  const forgetBucket = (bucket: string) => {
    for (const key of remembered.keys()) if (key.startsWith(`${bucket}\n`)) remembered.delete(key);
  };
  const forgettingAround =
    <Args extends [string, ...unknown[]]>(write: (...args: Args) => Promise<unknown>) =>
    async (...args: Args): Promise<unknown> => {
      try {
        return await write(...args);
      } finally {
        forgetBucket(args[0]);
      }
    };
  const read = store.getSubresource.bind(store);
  store.getSubresource = (bucket, key, type) => {
    if (key !== undefined) return read(bucket, key, type);
    const at = keyOf(bucket, type);
    let answer = remembered.get(at);
    if (!answer) {
      answer = read(bucket, key, type);
      remembered.set(at, answer);
      // A failed read is not remembered: the next request tries the disk again.
      answer.catch(() => remembered.get(at) === answer && remembered.delete(at));
    }
    return answer;
  };
  store.putSubresource = forgettingAround(store.putSubresource.bind(store));
  store.deleteSubresource = forgettingAround(store.deleteSubresource.bind(store));
  store.putBucket = forgettingAround(store.putBucket.bind(store));
  store.deleteBucket = forgettingAround(store.deleteBucket.bind(store));
}
