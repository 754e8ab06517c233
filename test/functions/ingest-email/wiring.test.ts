import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestWiring } from '../../../functions/ingest-email/wiring';
import { ConfigError } from '../../../functions/shared/env';
import { EventBridgeReminderScheduler } from '../../../lib/aws/eventbridge-reminder-scheduler';
import { answerRange, type FakeS3, startFakeS3 } from '../../support/fake-s3';

const MESSAGE = new TextEncoder().encode('Subject: hi\r\n\r\nbody');
let s3: FakeS3;

beforeAll(async () => {
  s3 = await startFakeS3((request, response) => answerRange(request, response, MESSAGE));
});
afterAll(() => s3.close());

/** What Lambda and the stack give the ingest function; keys are dummies. */
function lambdaEnv(): Record<string, string | undefined> {
  return {
    TABLE_NAME: 'tickets',
    SCHEDULE_GROUP: 'support-desk',
    SCHEDULER_ROLE_ARN: 'arn:aws:iam::111122223333:role/scheduler',
    REMINDER_FUNCTION_ARN: 'arn:aws:lambda:eu-south-1:111122223333:function:send-reminder',
    REMINDER_DLQ_ARN: 'arn:aws:sqs:eu-south-1:111122223333:reminders-dlq',
    RAW_BUCKET: 'raw-mail',
    RAW_PREFIX: 'inbound/',
    AWS_REGION: 'eu-south-1',
    AWS_ACCESS_KEY_ID: 'ASIAEXAMPLEROLEKEY',
    AWS_SECRET_ACCESS_KEY: 'local-secret',
    AWS_SESSION_TOKEN: 'role-session-token',
    AWS_ENDPOINT_URL_S3: s3.endpoint.href,
  };
}

describe('ingestWiring, reminders', () => {
  it('schedules through EventBridge Scheduler, even where LOCAL_SCHEDULE_DIR is still set', () => {
    const { ports } = ingestWiring({ ...lambdaEnv(), LOCAL_SCHEDULE_DIR: '/tmp/unused-schedules' });
    expect(ports.scheduler).toBeInstanceOf(EventBridgeReminderScheduler);
  });
});

describe('ingestWiring, raw messages', () => {
  it("reads RAW_BUCKET/RAW_PREFIX<id> signed with the execution role's keys and region", async () => {
    s3.requests.length = 0;
    const { ports } = ingestWiring(lambdaEnv());
    const raw = await ports.raw.read('ses-1', 1024);
    expect(raw).toMatchObject({ size: 19, truncated: false });
    expect(s3.requests).toHaveLength(1);
    const [seen] = s3.requests;
    expect(seen?.path).toBe('/raw-mail/inbound/ses-1');
    expect(seen?.headers['x-amz-security-token']).toBe('role-session-token');
    expect(seen?.headers.authorization).toMatch(
      /Credential=ASIAEXAMPLEROLEKEY\/\d{8}\/eu-south-1\/s3\/aws4_request/,
    );
  });

  it('needs no session token for long-term keys', async () => {
    s3.requests.length = 0;
    const { ports } = ingestWiring({ ...lambdaEnv(), AWS_SESSION_TOKEN: undefined });
    await ports.raw.read('ses-1', 1024);
    expect(s3.requests[0]?.headers).not.toHaveProperty('x-amz-security-token');
  });

  it.each([
    'AWS_REGION',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'RAW_BUCKET',
    'TABLE_NAME',
    'SCHEDULE_GROUP',
    'REMINDER_FUNCTION_ARN',
  ])('fails naming %s when it is missing', (name) => {
    expect(() => ingestWiring({ ...lambdaEnv(), [name]: undefined })).toThrow(
      new ConfigError(`environment variable ${name} is not set`),
    );
  });

  it.each(['not a url', 'ftp://127.0.0.1/'])('fails naming AWS_ENDPOINT_URL_S3 set to %j', (value) => {
    expect(() => ingestWiring({ ...lambdaEnv(), AWS_ENDPOINT_URL_S3: value })).toThrow(
      new ConfigError(
        `environment variable AWS_ENDPOINT_URL_S3 must be an http or https URL, got ${JSON.stringify(value)}`,
      ),
    );
  });
});
