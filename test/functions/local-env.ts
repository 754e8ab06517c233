import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SESEvent } from 'aws-lambda';
import { ENV } from '../../lib/env-names';
import {
  LOCAL_KEYS,
  LOCAL_RAW_BUCKET,
  LOCAL_RAW_PREFIX,
  type S3Peer,
  startS3Peer,
} from '../../local/s3-peer';
import { type LocalTable, startLocalTable } from '../support/dynalite';
import { type FakeMailAndScheduler, startFakeMailAndScheduler } from '../support/fake-mail-and-scheduler';

/**
 * A function's environment on this machine: dynalite for the table, s3rver for raw mail, recording
 * stand-ins for SES and Scheduler, and the stack's Scheduler variables: nothing reaches AWS.
 */
export interface LocalFunctionEnv {
  readonly table: LocalTable;
  readonly s3: S3Peer;
  /** What the functions sent to SES and Scheduler, as it arrived on the wire. */
  readonly services: FakeMailAndScheduler;
  /** Stores a raw message where the ingest function reads it. */
  putRaw(sesId: string, raw: string): Promise<void>;
  /** Stops dynalite and s3rver, removes the folders and restores the environment. */
  stop(): Promise<void>;
}

/** Starts dynalite, s3rver and the SES and Scheduler stand-ins and points the functions' environment variables at them (no AWS credentials: s3rver's keys). */
export async function localFunctionEnv(): Promise<LocalFunctionEnv> {
  const table = await startLocalTable();
  const s3Dir = await mkdtemp(join(tmpdir(), 's3-'));
  const s3 = await startS3Peer(0, s3Dir);
  const services = await startFakeMailAndScheduler();
  const saved = { ...process.env };
  Object.assign(process.env, {
    [ENV.tableName]: table.tableName,
    [ENV.rawBucket]: LOCAL_RAW_BUCKET,
    [ENV.rawPrefix]: LOCAL_RAW_PREFIX,
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    [ENV.scheduleGroup]: 'support-desk',
    [ENV.schedulerRoleArn]: 'arn:aws:iam::111122223333:role/scheduler',
    [ENV.reminderFunctionArn]: 'arn:aws:lambda:eu-west-1:111122223333:function:send-reminder',
    [ENV.reminderDlqArn]: 'arn:aws:sqs:eu-west-1:111122223333:reminders-dlq',
    AWS_ENDPOINT_URL_DYNAMODB: table.endpoint,
    AWS_ENDPOINT_URL_SES: services.sesEndpoint.href,
    AWS_ENDPOINT_URL_SCHEDULER: services.schedulerEndpoint.href,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: LOCAL_KEYS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_KEYS.secretAccessKey,
    POWERTOOLS_METRICS_DISABLED: 'true',
  });
  return {
    table,
    s3,
    services,
    putRaw: (sesId, raw) => s3.put(`${LOCAL_RAW_PREFIX}${sesId}`, new TextEncoder().encode(raw)),
    stop: async () => {
      process.env = saved;
      await table.stop();
      await s3.stop();
      await services.close();
      await rm(s3Dir, { recursive: true, force: true });
    },
  };
}

/** An SES receipt-rule Lambda-action event for one stored message. */
export function sesEvent(messageId: string, timestamp = '2026-11-23T09:00:00.000Z'): SESEvent {
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp,
            source: 'anna@example.net',
            messageId,
            destination: ['support@example.com'],
            headersTruncated: false,
            headers: [],
            commonHeaders: {
              returnPath: 'anna@example.net',
              from: ['anna@example.net'],
              to: ['support@example.com'],
              messageId: '<x@example.net>',
              date: 'Mon, 23 Nov 2026 10:00:00 +0100',
              subject: 'x',
            },
          },
          receipt: {
            timestamp,
            processingTimeMillis: 100,
            recipients: ['support@example.com'],
            spamVerdict: { status: 'PASS' },
            virusVerdict: { status: 'PASS' },
            spfVerdict: { status: 'PASS' },
            dkimVerdict: { status: 'PASS' },
            dmarcVerdict: { status: 'PASS' },
            action: {
              type: 'Lambda',
              functionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:ingest',
              invocationType: 'Event',
            },
          },
        },
      },
    ],
  };
}
