import { describe, expect, it } from 'vitest';
import { lazyModule } from '../../infra/lazy/lazy-module';

describe('lazyModule', () => {
  it('loads nothing until a property is used, then loads once and answers from the module', () => {
    let loads = 0;
    const real = { convert: (text: string) => text.toUpperCase(), version: '2.0' };
    const module = lazyModule(() => {
      loads += 1;
      return real;
    }) as typeof real;
    expect(loads).toBe(0);
    expect(module.convert('abc')).toBe('ABC');
    expect(module.version).toBe('2.0');
    expect('convert' in module).toBe(true);
    expect(Object.keys(module)).toEqual(['convert', 'version']);
    expect({ ...module }).toEqual(real);
    expect(loads).toBe(1);
  });
});
