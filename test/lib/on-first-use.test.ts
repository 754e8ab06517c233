import { describe, expect, it } from 'vitest';
import { onFirstUse } from '../../lib/on-first-use';

describe('onFirstUse', () => {
  it('builds on the first call only, and answers the same value, undefined included, ever after', () => {
    let builds = 0;
    const value = onFirstUse(() => {
      builds += 1;
      return { built: builds };
    });
    expect(builds).toBe(0);
    expect(value()).toBe(value());
    expect(builds).toBe(1);
    let nothingBuilt = 0;
    const nothing = onFirstUse(() => {
      nothingBuilt += 1;
      return undefined;
    });
    nothing();
    nothing();
    expect(nothingBuilt).toBe(1);
  });
});
