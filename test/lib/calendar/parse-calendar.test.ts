import { describe, expect, it } from 'vitest';
import { CalendarConfigError, isOpen, parseCalendar } from '../../../lib/calendar';
import { at, weekdays } from './support/calendars';

const valid = { timeZone: 'Europe/Rome', hours: weekdays('09:00-18:00') };

describe('parseCalendar rejects bad calendar files with one line naming file, field and value', () => {
  it.each([
    {
      name: 'an unknown zone',
      input: { ...valid, timeZone: 'Europe/Roma' },
      message: 'cal.json: timeZone = "Europe/Roma": is not an IANA time zone',
    },
    {
      name: 'a fixed offset instead of a zone',
      input: { ...valid, timeZone: 'GMT-6' },
      message: 'cal.json: timeZone = "GMT-6": is not an IANA time zone',
    },
    { name: 'a missing zone', input: { hours: {} }, message: 'cal.json: timeZone: is missing' },
    {
      name: 'an hour of 25:00',
      input: { ...valid, hours: { mon: ['09:00-13:00', '14:00-25:00'] } },
      message: 'cal.json: hours.mon[1] = "14:00-25:00": is not a time range HH:MM-HH:MM',
    },
    {
      name: 'a start at 24:00',
      input: { ...valid, hours: { tue: ['24:00-24:00'] } },
      message: 'cal.json: hours.tue[0] = "24:00-24:00": is not a time range',
    },
    {
      name: 'a range without minutes',
      input: { ...valid, hours: { wed: ['9-13'] } },
      message: 'cal.json: hours.wed[0] = "9-13": is not a time range',
    },
    {
      name: 'overlapping ranges',
      input: { ...valid, hours: { mon: ['09:00-13:00', '12:30-18:00'] } },
      message: 'cal.json: hours.mon[1] = "12:30-18:00": overlaps another range of the same day',
    },
    {
      name: 'a range crossing midnight',
      input: { ...valid, hours: { fri: ['22:00-02:00'] } },
      message:
        'cal.json: hours.fri[0] = "22:00-02:00": ends before it starts (a range may not cross midnight',
    },
    {
      name: 'an unknown weekday',
      input: { ...valid, hours: { monday: ['09:00-13:00'] } },
      message: 'cal.json: hours.monday = ["09:00-13:00"]: is not a calendar field',
    },
    {
      name: 'hours that are neither 24/7 nor weekdays',
      input: { ...valid, hours: '24/5' },
      message: 'cal.json: hours = "24/5": must be "24/7" or an object of weekdays mon..sun',
    },
    {
      name: 'an unknown holiday country',
      input: { ...valid, holidays: { country: 'XX' } },
      message: 'cal.json: holidays.country = "XX": is not a country date-holidays knows',
    },
    {
      name: 'an unknown holiday region',
      input: { ...valid, holidays: { country: 'IT', region: '99' } },
      message: 'cal.json: holidays.region = "99": is not a region of IT',
    },
    {
      name: 'an unknown holiday city',
      input: { ...valid, holidays: { country: 'IT', region: '25', city: 'BG' } },
      message: 'cal.json: holidays.city = "BG": is not a city of IT-25',
    },
    {
      name: 'a holiday country date-holidays does not know',
      input: { ...valid, holidays: { country: 'XX' } },
      message: 'cal.json: holidays.country = "XX": is not a country date-holidays knows',
    },
    {
      name: 'a malformed closed range',
      input: { ...valid, closed: ['2026-08-10...2026-08-28'] },
      message: 'cal.json: closed[0] = "2026-08-10...2026-08-28": is not a date YYYY-MM-DD or a range',
    },
    {
      name: 'a closed range ending before it starts',
      input: { ...valid, closed: ['2026-08-28..2026-08-10'] },
      message: 'cal.json: closed[0] = "2026-08-28..2026-08-10": is a range that ends before it starts',
    },
    {
      name: 'a closed date that does not exist',
      input: { ...valid, closed: ['2026-02-29'] },
      message: 'cal.json: closed[0] = "2026-02-29": is not a date',
    },
    {
      name: 'a special date that does not exist',
      input: { ...valid, special: { '2026-13-01': [] } },
      message: 'cal.json: special.2026-13-01 = []: is not a date YYYY-MM-DD',
    },
    {
      name: 'a bad range in a special date',
      input: { ...valid, special: { '2026-12-24': ['9:00-13:00'] } },
      message: 'cal.json: special.2026-12-24[0] = "9:00-13:00": is not a time range',
    },
    {
      name: 'an unknown field',
      input: { ...valid, holiday: { country: 'IT' } },
      message: 'cal.json: holiday = {"country":"IT"}: is not a calendar field',
    },
    {
      name: 'a bad part of a union',
      input: { anyOf: [valid, { ...valid, timeZone: 'Mars/Olympus' }] },
      message: 'cal.json: anyOf[1].timeZone = "Mars/Olympus": is not an IANA time zone',
    },
    {
      name: 'an empty union',
      input: { anyOf: [] },
      message: 'cal.json: anyOf = []: must list at least one calendar',
    },
    {
      name: 'a file that is not an object',
      input: ['09:00-18:00'],
      message: 'cal.json: (top level) = ["09:00-18:00"]: expected object, received array',
    },
  ])('$name', ({ input, message }) => {
    expect(() => parseCalendar(input, 'cal.json')).toThrow(CalendarConfigError);
    expect(() => parseCalendar(input, 'cal.json')).toThrow(message);
  });

  it('keeps the source, the field path and the value on the error', () => {
    const error = (() => {
      try {
        parseCalendar({ ...valid, hours: { sat: ['10:00-09:00'] } }, 'desk.json calendars.main');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toMatchObject({
      source: 'desk.json calendars.main',
      path: 'hours.sat[0]',
      value: '10:00-09:00',
    });
  });
});

describe('parseCalendar accepts the forms of CONTRACT section 1', () => {
  it('takes the zone of a union from its first part', () => {
    const union = parseCalendar({ anyOf: [{ timeZone: 'America/Chicago', hours: {} }, valid] });
    expect(union.timeZone).toBe('America/Chicago');
  });

  it.each([
    {
      name: 'an end at 24:00 is open until midnight',
      hours: { mon: ['18:00-24:00'] },
      instant: '2026-01-05T23:59:00+01:00',
      open: true,
    },
    {
      name: '"24/7" is open on a Sunday night',
      hours: '24/7',
      instant: '2026-01-04T03:00:00+01:00',
      open: true,
    },
    {
      name: 'a missing day is closed',
      hours: { mon: ['09:00-18:00'] },
      instant: '2026-01-06T10:00:00+01:00',
      open: false,
    },
  ])('$name', ({ hours, instant, open }) => {
    expect(isOpen(parseCalendar({ timeZone: 'Europe/Rome', hours }), at(instant))).toBe(open);
  });

  it('lets a closed date win over a special date', () => {
    const cal = parseCalendar({
      ...valid,
      closed: ['2026-12-24'],
      special: { '2026-12-24': ['09:00-13:00'] },
    });
    expect(isOpen(cal, at('2026-12-24T10:00:00+01:00'))).toBe(false);
  });

  it('lets a holiday win over a special date', () => {
    const cal = parseCalendar({
      ...valid,
      holidays: { country: 'IT' },
      special: { '2026-12-25': ['09:00-13:00'] },
    });
    expect(isOpen(cal, at('2026-12-25T10:00:00+01:00'))).toBe(false);
  });

  it('opens a special date on a weekend', () => {
    const cal = parseCalendar({ ...valid, special: { '2026-01-10': ['10:00-12:00'] } });
    expect(isOpen(cal, at('2026-01-10T11:00:00+01:00'))).toBe(true);
  });

  it.each([
    { country: 'FR' },
    { country: 'DE', region: 'BY' },
    { country: 'ES', region: 'MD' },
    { country: 'IT', region: '62', city: 'RM' },
  ])('takes the holidays of any place date-holidays knows: %j', (holidays) => {
    expect(parseCalendar({ ...valid, holidays }).timeZone).toBe('Europe/Rome');
  });

  it('returns a frozen calendar', () => {
    expect(Object.isFrozen(parseCalendar(valid))).toBe(true);
  });
});
