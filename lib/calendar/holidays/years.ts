/** The years the shipped holiday tables cover (generate.ts writes these, the engine refuses others). */
export const HOLIDAY_YEARS = { first: 1970, last: 2130 } as const;
