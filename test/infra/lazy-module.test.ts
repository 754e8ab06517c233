import { describe, expect, it } from 'vitest';
import { lazyClass, lazyModule } from '../../infra/lazy/lazy-module';

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

describe('lazyClass', () => {
  class Clock {
    static made = 0;
    static at(ms: number): Clock {
      return new Clock(ms);
    }
    static get label(): string {
      return `clock ${Clock.made}`;
    }
    constructor(readonly ms: number) {
      Clock.made += 1;
    }
    later(by: number): Clock {
      return new Clock(this.ms + by);
    }
  }

  it('loads nothing until used, then loads once and answers as the class: statics, getters, new, instanceof, in', () => {
    let loads = 0;
    const StandIn = lazyClass(() => {
      loads += 1;
      return Clock;
    });
    expect(loads).toBe(0);
    const one = StandIn.at(5);
    expect(one).toBeInstanceOf(Clock);
    expect(one.later(2).ms).toBe(7);
    expect(new StandIn(9)).toBeInstanceOf(Clock);
    expect(new StandIn(9) instanceof StandIn).toBe(true);
    expect({} instanceof StandIn).toBe(false);
    expect(StandIn.label).toBe(`clock ${Clock.made}`);
    expect('at' in StandIn).toBe(true);
    expect('nothing' in StandIn).toBe(false);
    StandIn.made = 100;
    expect(Clock.made).toBe(100);
    expect(loads).toBe(1);
  });

  it('throws as the class does when called without new', () => {
    const StandIn = lazyClass(() => Clock) as unknown as (ms: number) => Clock;
    expect(() => StandIn(1)).toThrow(TypeError);
  });
});
