/** Where public holidays apply, named as date-holidays names places. */

/** A country, and optionally its region (date-holidays' state) and city (date-holidays' region). */
export interface HolidayPlace {
  readonly country: string;
  readonly region?: string | undefined;
  readonly city?: string | undefined;
}

/** Why a place cannot be used: names the field (`country`, `region`, `city`) and the reason. */
export interface PlaceProblem {
  readonly field: 'country' | 'region' | 'city';
  readonly reason: string;
}

/** `IT`, `IT/62/RM`: the one text that names a place in tables, caches and messages. */
export const keyOf = (place: HolidayPlace): string =>
  [place.country, place.region, place.city].filter(Boolean).join('/');

/** The place a key names (the inverse of keyOf). */
export function placeOfKey(key: string): HolidayPlace {
  const [country = '', region, city] = key.split('/');
  return { country, region, city };
}

/** The field a problem with the place as a whole belongs to: its most specific one. */
export const deepestField = (place: HolidayPlace): PlaceProblem['field'] =>
  place.city !== undefined ? 'city' : place.region !== undefined ? 'region' : 'country';

/** Where public holidays come from: date-holidays itself, or tables built from it for a bundle. */
export interface HolidaySource {
  /** What is wrong with a place, or undefined when the source can answer for it. */
  problem(place: HolidayPlace): PlaceProblem | undefined;
  /** The year's public holidays of a usable place: local day number -> name ('' when unnamed). */
  year(place: HolidayPlace, year: number): ReadonlyMap<number, string>;
}
