/** One unit of work; it reports its own failures (a rejection here is a bug, logged by `onCrash`). */
export type Task = () => Promise<void>;

/**
 * Runs tasks with at most `concurrency` at a time, like Lambda's reserved concurrency,
 * so that a burst of mail queues up instead of swamping the local DynamoDB.
 */
export class WorkQueue {
  private readonly waiting: Task[] = [];
  private running = 0;
  private closed = false;
  private readonly idleWaiters: Array<() => void> = [];

  constructor(
    private readonly concurrency: number,
    private readonly onCrash: (error: unknown) => void,
  ) {}

  /** Queues a task; ignored once the queue is closed (the caller keeps what it needs to redo it). */
  push(task: Task): void {
    if (this.closed) return;
    this.waiting.push(task);
    this.pump();
  }

  /** Tasks queued or running. */
  get size(): number {
    return this.waiting.length + this.running;
  }

  /** Resolves when nothing is queued or running. */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Starts no more tasks, drops the queued ones, and resolves when the running ones end. */
  close(): Promise<void> {
    this.closed = true;
    this.waiting.length = 0;
    return this.idle();
  }

  private pump(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const task = this.waiting.shift()!;
      this.running += 1;
      task()
        .catch(this.onCrash)
        .finally(() => this.finish());
    }
  }

  private finish(): void {
    this.running -= 1;
    if (!this.closed) this.pump();
    if (this.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
