import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../local/edge/routes';

const ports = { dynamoDb: 8000, ses: 8005, s3: 8006, scheduler: null };

describe('routeOf, the edge routing table', () => {
  it.each([
    ['dynamodb', 'dynamoDb', 8000],
    ['ses', 'ses', 8005],
    ['email', 'ses', 8005],
    ['s3', 's3', 8006],
  ])('sends %s to the %s peer', (service, peer, port) => {
    expect(routeOf(service, 'POST', '/', ports)).toEqual({ kind: 'peer', peer, port });
  });

  it('answers CloudFormation itself', () => {
    expect(routeOf('cloudformation', 'POST', '/', ports)).toEqual({ kind: 'cloudformation' });
  });

  it('sends Scheduler calls and unsigned POST /_local/... to the Scheduler port, once there is one', () => {
    expect(routeOf('scheduler', 'POST', '/schedules/x', ports)).toEqual({
      kind: 'unavailable',
      peer: 'scheduler',
    });
    expect(routeOf(null, 'POST', '/_local/fire-due', ports)).toEqual({
      kind: 'unavailable',
      peer: 'scheduler',
    });
    const withScheduler = { ...ports, scheduler: 8007 };
    expect(routeOf('scheduler', 'GET', '/schedules', withScheduler)).toEqual({
      kind: 'peer',
      peer: 'scheduler',
      port: 8007,
    });
    expect(routeOf(null, 'POST', '/_local/fire-due', withScheduler)).toEqual({
      kind: 'peer',
      peer: 'scheduler',
      port: 8007,
    });
  });

  it('refuses an unknown service, and an unsigned request elsewhere', () => {
    expect(routeOf('sqs', 'POST', '/', ports)).toEqual({ kind: 'unknown-service', service: 'sqs' });
    expect(routeOf('constructor', 'POST', '/', ports)).toEqual({
      kind: 'unknown-service',
      service: 'constructor',
    });
    expect(routeOf(null, 'GET', '/_local/fire-due', ports)).toEqual({ kind: 'unsigned' });
    expect(routeOf(null, 'POST', '/', ports)).toEqual({ kind: 'unsigned' });
  });
});
