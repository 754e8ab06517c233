/**
 * Runs the operations on one key one after another (and those on different keys side by side):
 * a create, a delete and a firing's clean-up of the same schedule never interleave their
 * check, file write and in-memory update.
 */
export class KeyLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `operation` once every earlier operation on `key` has settled. */
  run<T>(key: string, operation: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(operation, operation);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
