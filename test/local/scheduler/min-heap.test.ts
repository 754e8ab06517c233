import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../../local/scheduler/min-heap';

const drain = (heap: MinHeap<number>) => {
  const out: number[] = [];
  for (let next = heap.pop(); next !== undefined; next = heap.pop()) out.push(next);
  return out;
};

describe('MinHeap', () => {
  it('gives back whatever was pushed in ascending order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (values) => {
        const heap = new MinHeap<number>((a, b) => a - b);
        for (const value of values) heap.push(value);
        expect(heap.size).toBe(values.length);
        expect(drain(heap)).toEqual([...values].sort((a, b) => a - b));
      }),
    );
  });

  it('keeps the order after pops, pushes and a retain interleaved', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 })),
        fc.array(fc.integer({ min: 0, max: 1000 })),
        (first, later) => {
          const heap = new MinHeap<number>((a, b) => a - b);
          heap.rebuild(first);
          const popped = heap.pop();
          for (const value of later) heap.push(value);
          heap.retain((value) => value % 2 === 0);
          const rest = [...first].sort((a, b) => a - b).slice(popped === undefined ? 0 : 1);
          expect(drain(heap)).toEqual([...rest, ...later].filter((v) => v % 2 === 0).sort((a, b) => a - b));
        },
      ),
    );
  });

  it('answers undefined when empty', () => {
    const heap = new MinHeap<number>((a, b) => a - b);
    expect(heap.peek()).toBeUndefined();
    expect(heap.pop()).toBeUndefined();
  });

  it('finds the least of 10,000 items in O(log n) comparisons: a pass never looks at every item', () => {
    const comparisons = (size: number) => {
      let count = 0;
      const heap = new MinHeap<number>((a, b) => {
        count += 1;
        return a - b;
      });
      heap.rebuild(Array.from({ length: size }, (_, i) => (i * 7919) % size));
      count = 0;
      heap.push(-1);
      heap.peek();
      heap.pop();
      return count;
    };
    // One push and one pop cost at most 3 comparisons per level of the heap.
    expect(comparisons(10_000)).toBeLessThanOrEqual(3 * Math.ceil(Math.log2(10_000)));
    expect(comparisons(10_000)).toBeLessThan(comparisons(10) * 5);
  });
});
