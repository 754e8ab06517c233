import { describe, expect, it } from 'vitest';
import { holidayPlacesOf, parseCalendar } from '../../../lib/calendar';
import { weekdays } from './support/calendars';

const rome = { timeZone: 'Europe/Rome', hours: weekdays('09:00-18:00') };

describe('holidayPlacesOf', () => {
  it.each([
    ['no holidays', rome, []],
    ['national holidays', { ...rome, holidays: { country: 'IT' } }, ['IT']],
    ['a city', { ...rome, holidays: { country: 'IT', region: '25', city: 'MI' } }, ['IT/25/MI']],
    [
      'a union over two zones, each with its own, one repeated',
      {
        anyOf: [
          { ...rome, holidays: { country: 'IT' } },
          { timeZone: 'America/Chicago', hours: weekdays('09:00-17:00'), holidays: { country: 'US' } },
          { timeZone: 'Europe/Rome', hours: { sat: ['09:00-12:00'] }, holidays: { country: 'IT' } },
        ],
      },
      ['IT', 'US'],
    ],
  ])('names the places of a calendar with %s', (_, file, places) => {
    expect(holidayPlacesOf(parseCalendar(file, 'test.json'))).toEqual(places);
  });
});
