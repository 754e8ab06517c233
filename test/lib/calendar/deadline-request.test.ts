import { describe, expect, it } from 'vitest';
import {
  answerDeadline,
  DeadlineRequestError,
  parseDeadlineRequest,
  parsePauseText,
} from '../../../lib/calendar/deadline-request';
import { at, contractCalendar } from './support/calendars';

describe('deadline requests from command-line text', () => {
  it('answers the contract example with a pause written START/END', () => {
    const pause = parsePauseText('2026-01-08T13:00:00+01:00/2026-01-08T15:00:00+01:00', '--pause');
    expect(pause).toEqual({ start: at('2026-01-08T13:00:00+01:00'), end: at('2026-01-08T15:00:00+01:00') });
    const request = parseDeadlineRequest('2026-01-08T12:30:00+01:00', '4h', [pause], '--');
    expect(answerDeadline(contractCalendar(), request)).toBe('2026-01-08T18:30:00+01:00');
  });

  it.each([
    {
      name: 'a pause without a slash',
      read: () => parsePauseText('2026-01-08T13:00:00Z', '--pause'),
      message: '--pause "2026-01-08T13:00:00Z": is not START/END',
    },
    {
      name: 'a pause end without offset',
      read: () => parsePauseText('2026-01-08T13:00:00Z/2026-01-08T15:00', '--pause'),
      message: '--pause "2026-01-08T15:00": is not an ISO 8601 instant',
    },
    {
      name: 'a start without offset',
      read: () => parseDeadlineRequest('2026-01-08T12:30:00', '4h', [], '--'),
      message: '--from "2026-01-08T12:30:00": is not an ISO 8601 instant',
    },
    {
      name: 'a negative amount',
      read: () => parseDeadlineRequest('2026-01-08T12:30:00Z', '-1d', [], '--'),
      message: '--add "-1d": is negative',
    },
  ])('rejects $name, naming flag and value', ({ read, message }) => {
    expect(read).toThrow(DeadlineRequestError);
    expect(read).toThrow(message);
  });
});
