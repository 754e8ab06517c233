import { LeftOutOfBundleError } from './left-out-error';

// Stands in for date-holidays inside the Lambda bundles (BUNDLE.alias in ../bundling.ts). A bundle
// reads the holidays of its desk's places from tables built at synth time (holidayDefines), so
// the rule parser, moment-timezone and astronomia (~1 MB) need not load in any cold start.

/** The part of date-holidays' API lib/calendar/holidays touches; every use throws. */
export default class Holidays {
  constructor(..._args: unknown[]) {
    throw new LeftOutOfBundleError(
      'date-holidays',
      'the holidays come from SUPPORT_DESK_HOLIDAY_TABLES, built from the desk file at synth',
    );
  }
}
