import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SESEvent } from 'aws-lambda';
import { ENV } from '../../lib/env-names';
import { type LocalTable, startLocalTable } from '../support/dynalite';

/** A function's environment on this machine: dynalite for the table, folders for raw mail and schedules. */
export interface LocalFunctionEnv {
  readonly table: LocalTable;
  readonly rawDir: string;
  readonly scheduleDir: string;
  /** Stores a raw message where the ingest function reads it. */
  putRaw(sesId: string, raw: string): Promise<void>;
  /** Stops dynalite, removes the folders and restores the environment. */
  stop(): Promise<void>;
}

/** Starts dynalite and points the functions' environment variables at it (no AWS credentials: dummy ones). */
export async function localFunctionEnv(): Promise<LocalFunctionEnv> {
  const table = await startLocalTable();
  const rawDir = await mkdtemp(join(tmpdir(), 'raw-'));
  const scheduleDir = await mkdtemp(join(tmpdir(), 'schedules-'));
  const saved = { ...process.env };
  Object.assign(process.env, {
    [ENV.tableName]: table.tableName,
    [ENV.localRawDir]: rawDir,
    [ENV.localScheduleDir]: scheduleDir,
    AWS_ENDPOINT_URL_DYNAMODB: table.endpoint,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    POWERTOOLS_METRICS_DISABLED: 'true',
  });
  return {
    table,
    rawDir,
    scheduleDir,
    putRaw: (sesId, raw) => writeFile(join(rawDir, sesId), raw),
    stop: async () => {
      process.env = saved;
      await table.stop();
      await rm(rawDir, { recursive: true, force: true });
      await rm(scheduleDir, { recursive: true, force: true });
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
