import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
} from '@aws-sdk/client-scheduler';
import { SESClient, SendRawEmailCommand, type SendRawEmailCommandInput } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { DynamoAckThrottle } from '../../lib/aws/dynamo-ack-throttle';
import { DYNAMO_OPERATIONS, type DynamoApi } from '../../lib/aws/dynamo-api';
import { DynamoCreditLedger } from '../../lib/aws/dynamo-credit-ledger';
import { DynamoMessageLog } from '../../lib/aws/dynamo-message-log';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import { DynamoWorkLog } from '../../lib/aws/dynamo-work-log';
import { EventBridgeReminderScheduler } from '../../lib/aws/eventbridge-reminder-scheduler';
import { S3ObjectReader } from '../../lib/aws/s3-object-reader';
import { S3RawMessageSource } from '../../lib/aws/s3-raw-message-source';
import { sdkScheduler } from '../../lib/aws/sdk/scheduler-api';
import { sdkSes } from '../../lib/aws/sdk/ses-api';
import { SesMailSender } from '../../lib/aws/ses-mail-sender';
import type { TableRef } from '../../lib/aws/ticket-table';
import { defaultDesk } from '../../lib/desk/default-desk';
import type { IngestPorts } from '../../lib/tickets/deps';
import { answerError, answerRange, type S3Handler } from '../support/fake-s3';
import type { FaultPlan } from './fault-plan';

const ses = mockClient(SESClient);
const scheduler = mockClient(SchedulerClient);
const dummy = { region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

/** What the fake AWS services hold after a run: the emails SES accepted, the schedules that exist. */
export interface AwsWorld {
  readonly accepted: SendRawEmailCommandInput[];
  readonly schedules: Map<string, CreateScheduleCommandInput>;
  readonly raw: Map<string, Uint8Array>;
  plan: FaultPlan;
}

/**
 * The client with every DynamoDB call passing the plan first: the table behind it is the real
 * dynalite one, reached through the hand-signed client the functions use. Names are the SDK's
 * command names (`DynamoDB.PutItemCommand`), as when the faults were an SDK middleware.
 */
export function injectDynamoFaults(client: DynamoApi, world: AwsWorld): DynamoApi {
  const faulty =
    <I, O>(operation: keyof DynamoApi, send: (input: I) => Promise<O>) =>
    async (input: I): Promise<O> => {
      const fault = world.plan.next(`DynamoDB.${DYNAMO_OPERATIONS[operation]}Command`, true);
      if (fault === 'before') throw world.plan.error();
      const out = await send(input);
      if (fault === 'after') throw world.plan.error();
      return out;
    };
  return {
    getItem: faulty('getItem', (input) => client.getItem(input)),
    putItem: faulty('putItem', (input) => client.putItem(input)),
    updateItem: faulty('updateItem', (input) => client.updateItem(input)),
    query: faulty('query', (input) => client.query(input)),
    batchGetItem: faulty('batchGetItem', (input) => client.batchGetItem(input)),
    batchWriteItem: faulty('batchWriteItem', (input) => client.batchWriteItem(input)),
    createTable: faulty('createTable', (input) => client.createTable(input)),
    describeTable: faulty('describeTable', (input) => client.describeTable(input)),
  };
}

/** SES and Scheduler as mocks that behave like the services (conflicts, not-found) and obey the plan. */
export function fakeServices(world: AwsWorld): void {
  ses.reset();
  scheduler.reset();
  // SES has no idempotency key: a lost answer after acceptance would be a real duplicate, so an
  // SES "timeout" here is one where SES did not accept the email (docs/tickets-and-reminders.md, "Exactly once in effect": the one known window).
  ses.on(SendRawEmailCommand).callsFake((input: SendRawEmailCommandInput) => {
    if (world.plan.next('SES.SendRawEmail', false)) throw world.plan.error();
    world.accepted.push(input);
    return { MessageId: `0102-${world.accepted.length}` };
  });
  scheduler.on(CreateScheduleCommand).callsFake((input: CreateScheduleCommandInput) => {
    const fault = world.plan.next('Scheduler.CreateSchedule', true);
    if (fault === 'before') throw world.plan.error();
    const name = input.Name ?? '';
    if (world.schedules.has(name))
      throw new ConflictException({ $metadata: {}, message: 'exists', Message: 'exists' });
    world.schedules.set(name, input);
    if (fault === 'after') throw world.plan.error();
    return {};
  });
  scheduler.on(DeleteScheduleCommand).callsFake((input: { Name?: string }) => {
    const fault = world.plan.next('Scheduler.DeleteSchedule', true);
    if (fault === 'before') throw world.plan.error();
    const existed = world.schedules.delete(input.Name ?? '');
    if (fault === 'after') throw world.plan.error();
    if (!existed) throw new ResourceNotFoundException({ $metadata: {}, message: 'gone', Message: 'gone' });
    return {};
  });
}

/**
 * The raw-message bucket `raw` as the local stand-in for S3 serves it (test/support/fake-s3.ts),
 * every GET through the plan: throttling is S3's 503 SlowDown, a server error its 500, and a
 * timeout an answer that never comes.
 */
export function rawBucket(world: AwsWorld): S3Handler {
  return (request, response) => {
    if (world.plan.next('S3.GetObject', true)) {
      if (world.plan.kind === 'throttling')
        answerError(response, 503, 'SlowDown', 'Please reduce your request rate.');
      if (world.plan.kind === 'server-error')
        answerError(response, 500, 'InternalError', 'injected server-error');
      return;
    }
    const key = decodeURIComponent(new URL(request.url ?? '/', 'http://s3').pathname.replace(/^\/raw\//, ''));
    const bytes = world.raw.get(key);
    if (bytes) answerRange(request, response, bytes);
    else answerError(response, 404, 'NoSuchKey', 'The specified key does not exist.');
  };
}

/** Short enough that an injected S3 timeout costs little, long enough that a busy machine answers. */
const S3_IDLE_TIMEOUT_MS = 250;

/** The real adapters, over dynalite, the faulty service mocks and the S3 stand-in at `s3Endpoint`. */
export function faultyPorts(table: TableRef, s3Endpoint: URL): IngestPorts {
  return {
    desk: defaultDesk(),
    tickets: new DynamoTicketStore(table),
    messages: new DynamoMessageLog(table),
    work: new DynamoWorkLog(table),
    throttle: new DynamoAckThrottle(table),
    mail: new SesMailSender(sdkSes(new SESClient(dummy)), { configurationSet: 'desk' }),
    credits: new DynamoCreditLedger(table),
    scheduler: new EventBridgeReminderScheduler(sdkScheduler(new SchedulerClient(dummy)), {
      groupName: 'desk',
      functionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:send-reminder',
      roleArn: 'arn:aws:iam::111122223333:role/scheduler',
      deadLetterQueueArn: 'arn:aws:sqs:eu-west-1:111122223333:dlq',
      maximumRetryAttempts: 10,
      maximumEventAgeInSeconds: 86_400,
    }),
    raw: new S3RawMessageSource(
      new S3ObjectReader({
        ...dummy,
        endpoint: s3Endpoint,
        now: Date.now,
        sleep: async () => undefined,
        idleTimeoutMs: S3_IDLE_TIMEOUT_MS,
      }),
      { bucket: 'raw', prefix: '' },
    ),
  };
}
