/**
 * A binary min-heap: push and pop cost O(log n), peek O(1), so the scheduler finds its next
 * firing without looking at every pending schedule.
 */
export class MinHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly before: (a: T, b: T) => number) {}

  /** How many items the heap holds (stale ones included: the caller decides what is stale). */
  get size(): number {
    return this.items.length;
  }

  /** The least item, or undefined when empty. */
  peek(): T | undefined {
    return this.items[0];
  }

  /** Adds an item. */
  push(item: T): void {
    this.items.push(item);
    this.up(this.items.length - 1);
  }

  /** Removes and returns the least item, or undefined when empty. */
  pop(): T | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last !== undefined) {
      this.items[0] = last;
      this.down(0);
    }
    return top;
  }

  /** Replaces the content with `items` in O(n). */
  rebuild(items: readonly T[]): void {
    this.items.length = 0;
    for (const item of items) this.items.push(item);
    this.heapify();
  }

  /** Keeps only the items `keep` accepts, in O(n). */
  retain(keep: (item: T) => boolean): void {
    let kept = 0;
    for (const item of this.items) if (keep(item)) this.items[kept++] = item;
    this.items.length = kept;
    this.heapify();
  }

  private heapify(): void {
    for (let i = (this.items.length >> 1) - 1; i >= 0; i--) this.down(i);
  }

  private up(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.before(this.at(i), this.at(parent)) >= 0) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(index: number): void {
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < this.items.length && this.before(this.at(left), this.at(least)) < 0) least = left;
      if (right < this.items.length && this.before(this.at(right), this.at(least)) < 0) least = right;
      if (least === i) return;
      this.swap(i, least);
      i = least;
    }
  }

  private at(index: number): T {
    return this.items[index] as T;
  }

  private swap(a: number, b: number): void {
    const item = this.at(a);
    this.items[a] = this.at(b);
    this.items[b] = item;
  }
}
