import { describe, expect, it } from 'vitest';
import { ReportOptionError } from '../../../lib/reports/errors';
import { DEFAULT_TARGET, reportOptions } from '../../../lib/reports/options';
import { rome } from './tickets';

const ZONE = 'Europe/Rome';
const NOW = rome('2026-11-22T18:00');

describe('reportOptions', () => {
  it('defaults to months, the 90 % target of policy C, everything up to now', () => {
    expect(reportOptions({ at: NOW }, ZONE)).toEqual({
      at: NOW,
      from: null,
      to: null,
      period: 'month',
      target: DEFAULT_TARGET,
      by: ['priority'],
    });
    expect(DEFAULT_TARGET).toBe(0.9);
  });

  it.each([
    [{ from: '2026-10-01T00:00:00+02:00' }, 'from', rome('2026-10-01T00:00')],
    [{ from: '2026-10-01' }, 'from', rome('2026-10-01T00:00')],
    [{ to: '2026-11-01T00:00:00Z' }, 'to', Date.UTC(2026, 10, 1)],
    [{ to: '2026-11-01' }, 'to', rome('2026-11-01T00:00')],
    [{ at: '2026-11-10T12:00:00+01:00' }, 'at', rome('2026-11-10T12:00')],
    [{ period: 'week' }, 'period', 'week'],
    [{ target: '0.95' }, 'target', 0.95],
    [{ target: '1' }, 'target', 1],
  ])('reads %j', (texts, key, expected) => {
    const options = reportOptions({ at: NOW, ...texts }, ZONE);
    expect(options[key as keyof typeof options]).toBe(expected);
  });

  it.each([
    [
      { from: '2026-10-01T00:00:00' },
      '--from "2026-10-01T00:00:00": expected an ISO 8601 instant with an offset or Z, or a date YYYY-MM-DD',
    ],
    [
      { to: '2026-02-30' },
      '--to "2026-02-30": expected an ISO 8601 instant with an offset or Z, or a date YYYY-MM-DD',
    ],
    [
      { at: 'yesterday' },
      '--at "yesterday": expected an ISO 8601 instant with an offset or Z, or a date YYYY-MM-DD',
    ],
    [{ period: 'year' }, '--period "year": expected month or week'],
    [{ target: '90' }, '--target "90": expected a share above 0 and at most 1, such as 0.9'],
    [{ target: '0' }, '--target "0": expected a share above 0 and at most 1, such as 0.9'],
    [{ target: '0.9x' }, '--target "0.9x": expected a share above 0 and at most 1, such as 0.9'],
    [{ from: '2026-11-05', to: '2026-11-01' }, '--from "2026-11-05": expected an instant before --to'],
    [{ from: '2026-12-01' }, '--from "2026-12-01": expected an instant before --at'],
  ])('refuses %j in one line naming the option and the value', (texts, message) => {
    const failure = (() => {
      try {
        return reportOptions({ at: NOW, ...texts }, ZONE);
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(ReportOptionError);
    expect((failure as Error).message).toBe(message);
  });
});

describe('reportOptions: --by', () => {
  it.each([
    [['team'], ['team']],
    [['priority,team'], ['priority', 'team']],
    [
      ['customer', 'calendar, category'],
      ['customer', 'calendar', 'category'],
    ],
    [['team,team', 'team'], ['team']],
    [[], ['priority']],
  ])('reads %j as %j', (by, expected) => {
    expect(reportOptions({ at: NOW, by }, ZONE).by).toEqual(expected);
  });

  it.each([
    [['region'], '--by "region": expected one or several of priority, team, category, customer, calendar'],
    [['team,'], '--by "team,": expected one or several of priority, team, category, customer, calendar'],
    [
      ['team', 'Team'],
      '--by "Team": expected one or several of priority, team, category, customer, calendar',
    ],
  ])('refuses %j in one line naming the value', (by, message) => {
    expect(() => reportOptions({ at: NOW, by }, ZONE)).toThrow(ReportOptionError);
    expect(() => reportOptions({ at: NOW, by }, ZONE)).toThrow(message);
  });
});
