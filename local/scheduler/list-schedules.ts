import { invalid } from './api-error';
import { checkName } from './definition';
import { type StoredSchedule, scheduleKey } from './schedule';

/** One page of ListSchedules, and the token of the next page if there is one. */
export interface SchedulePage {
  readonly schedules: readonly StoredSchedule[];
  readonly nextToken?: string;
}

/** Scheduler's largest page, also the page size when MaxResults is left out. */
const MAX_RESULTS = 100;

/**
 * ListSchedules over `schedules` with the query the SDK sends (ScheduleGroup, NamePrefix, State,
 * MaxResults, NextToken). Pages are in group-then-name order; the token is the last key returned,
 * so a schedule created or deleted between pages moves no other one across a page boundary.
 */
export function listSchedules(schedules: Iterable<StoredSchedule>, query: URLSearchParams): SchedulePage {
  const group = optional(query, 'ScheduleGroup', (v) => checkName(v, 'groupName'));
  const prefix = optional(query, 'NamePrefix', (v) => checkName(v, 'namePrefix'));
  const state = optional(query, 'State', (v) => {
    if (v === 'ENABLED' || v === 'DISABLED') return v;
    throw invalid('state', 'Member must satisfy enum value set: [ENABLED, DISABLED]');
  });
  const limit = optional(query, 'MaxResults', maxResults) ?? MAX_RESULTS;
  const after = optional(query, 'NextToken', decodeToken);
  const keyOf = (s: StoredSchedule) => scheduleKey(s.definition.GroupName, s.definition.Name);
  const matching = [...schedules]
    .filter((s) => group === undefined || s.definition.GroupName === group)
    .filter((s) => prefix === undefined || s.definition.Name.startsWith(prefix))
    .filter((s) => state === undefined || s.definition.State === state)
    .filter((s) => after === undefined || keyOf(s) > after)
    .sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
  const page = matching.slice(0, limit);
  const last = page.at(-1);
  return matching.length > limit && last
    ? { schedules: page, nextToken: encodeToken(keyOf(last)) }
    : { schedules: page };
}

function optional<T>(query: URLSearchParams, name: string, read: (value: string) => T): T | undefined {
  const value = query.get(name);
  return value === null ? undefined : read(value);
}

function maxResults(value: string): number {
  const limit = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (!(limit >= 1 && limit <= MAX_RESULTS))
    throw invalid('maxResults', `Member must have value between 1 and ${MAX_RESULTS}`);
  return limit;
}

function encodeToken(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

function decodeToken(token: string): string {
  const key = Buffer.from(token, 'base64url').toString('utf8');
  if (token.length > 2048 || !/^[0-9a-zA-Z\-_.]+~[0-9a-zA-Z\-_.]+$/.test(key)) {
    throw invalid('nextToken', 'Member must be a token a previous ListSchedules returned');
  }
  return key;
}
