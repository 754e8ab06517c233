// date-holidays-parser ships ambient types that its package.json "exports" hide from
// moduleResolution "Bundler"; reference them by path.
/// <reference path="../../../node_modules/date-holidays-parser/types/index.d.ts" />

// date-holidays publishes its compiled rules as an untyped module; the generator reads it.
declare module 'date-holidays/data' {
  export const data: HolidayData;
  export interface HolidayData {
    readonly version: string;
    readonly license: string;
    readonly holidays: Readonly<Record<string, unknown>>;
    readonly names: Readonly<Record<string, unknown>>;
  }
}
