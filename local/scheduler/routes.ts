import type { IncomingMessage, ServerResponse } from 'node:http';
import { LOCAL_EDGE } from '../../lib/local-desk-endpoint';
import { notFound, SchedulerApiError } from './api-error';
import { checkName, parseDefinition } from './definition';
import type { Firing } from './firing';
import { readJson, sendError, sendJson } from './http-io';
import { listSchedules } from './list-schedules';
import { type ArnScope, getScheduleOutput, scheduleArn, scheduleSummary } from './responses';
import { DEFAULT_GROUP } from './schedule';
import type { ScheduleBook } from './schedule-book';

/** The local-only route that fires what is due as of an instant (`support-desk reminders run-due --at`). */
export const FIRE_DUE_PATH = LOCAL_EDGE.fireDuePath;

/** What the routes act on. */
export interface RouteDeps {
  readonly book: ScheduleBook;
  readonly firing: Firing;
  readonly scope: ArnScope;
  now(): number;
}

/**
 * The Scheduler REST-JSON operations the desk and its operators use, as the SDK addresses them:
 * CreateSchedule `POST /schedules/{Name}`, GetSchedule and DeleteSchedule `GET|DELETE
 * /schedules/{Name}?groupName=`, ListSchedules `GET /schedules`. Signatures are not checked.
 */
export async function route(
  deps: RouteDeps,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  try {
    const url = new URL(request.url ?? '/', 'http://scheduler.local');
    const method = request.method ?? 'GET';
    if (url.pathname === FIRE_DUE_PATH && method === 'POST')
      return sendJson(response, await fireDue(deps, request));
    if (url.pathname === '/schedules' && method === 'GET')
      return sendJson(response, list(deps, url.searchParams));
    const match = /^\/schedules\/([^/]+)$/.exec(url.pathname);
    if (!match?.[1])
      throw new SchedulerApiError('UnknownOperationException', `No ${method} ${url.pathname} here.`);
    const name = checkName(decodePathName(match[1]), 'name');
    const group = () => checkName(url.searchParams.get('groupName') ?? DEFAULT_GROUP, 'groupName');
    if (method === 'POST') return sendJson(response, await create(deps, name, await readJson(request)));
    if (method === 'GET') return sendJson(response, get(deps, group(), name));
    if (method === 'DELETE') return sendJson(response, await remove(deps, group(), name));
    throw new SchedulerApiError('UnknownOperationException', `No ${method} on a schedule here.`);
  } catch (error) {
    sendError(response, error);
  }
}

async function create(deps: RouteDeps, name: string, body: unknown) {
  const { definition, at } = parseDefinition(name, body);
  const token =
    typeof body === 'object' && body !== null ? (body as { ClientToken?: unknown }).ClientToken : undefined;
  const schedule = await deps.book.create({
    definition,
    at,
    creationDate: deps.now(),
    fired: false,
    ...(typeof token === 'string' ? { clientToken: token } : {}),
  });
  deps.firing.arm();
  return { ScheduleArn: scheduleArn(deps.scope, schedule) };
}

function get(deps: RouteDeps, groupName: string, name: string) {
  const schedule = deps.book.get(groupName, name);
  if (!schedule) throw notFound(groupName, name);
  return getScheduleOutput(deps.scope, schedule);
}

async function remove(deps: RouteDeps, groupName: string, name: string) {
  if (!(await deps.book.delete(groupName, name))) throw notFound(groupName, name);
  deps.firing.arm();
  return {};
}

function list(deps: RouteDeps, query: URLSearchParams) {
  const page = listSchedules(deps.book.all(), query);
  const schedules = page.schedules.map((s) => scheduleSummary(deps.scope, s));
  return page.nextToken === undefined
    ? { Schedules: schedules }
    : { Schedules: schedules, NextToken: page.nextToken };
}

async function fireDue(deps: RouteDeps, request: IncomingMessage) {
  const body = await readJson(request);
  const at = typeof body === 'object' && body !== null ? (body as { at?: unknown }).at : undefined;
  if (typeof at !== 'number' || !Number.isSafeInteger(at)) {
    throw new SchedulerApiError('ValidationException', 'Body must be {"at": <epoch milliseconds>}.');
  }
  return { firings: await deps.firing.fireDue(at) };
}

function decodePathName(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new SchedulerApiError(
      'ValidationException',
      'Schedule name in the path is not valid percent-encoding.',
    );
  }
}
