/**
 * The years a Lambda bundle's holiday tables cover; the engine there refuses others. Outside a
 * bundle (CLI, local desk) holidays are computed from date-holidays for any year the engine accepts.
 */
export const BUNDLED_HOLIDAY_YEARS = { first: 2000, last: 2100 } as const;
