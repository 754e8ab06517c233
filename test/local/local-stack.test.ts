import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../lib/desk';
import { STACK_OUTPUTS } from '../../lib/stack-outputs';
import { LOCAL_RESOURCES, localStackOutputs } from '../../local/local-stack';

describe('the outputs of the stack local', () => {
  const outputs = localStackOutputs(defaultDesk());

  it('has every output key of a deployed stack but the two the local desk has no such thing for', () => {
    const absent = Object.values(STACK_OUTPUTS).filter((key) => !(key in outputs));
    expect(absent.sort()).toEqual(['OperatorPolicyArn', 'SesConfigurationSetName']);
  });

  it('names the resources the local composition uses, with ARNs of the account 000000000000', () => {
    expect(outputs).toMatchObject({
      TicketTableName: LOCAL_RESOURCES.tableName,
      ScheduleGroupName: LOCAL_RESOURCES.reminders.groupName,
      ReminderFunctionArn: LOCAL_RESOURCES.reminders.functionArn,
      RawMessageBucketName: 'support-desk-raw',
      RawMessagePrefix: 'inbound/',
      ReminderRetryAttempts: '10',
      ReminderMaxEventAgeSeconds: '86400',
      SupportAddress: 'support@example.com',
    });
    for (const key of ['SchedulerRoleArn', 'ReminderFunctionArn', 'ReminderDeadLetterQueueArn'] as const) {
      expect(outputs[key]).toMatch(/^arn:aws:(iam|lambda|sqs):[a-z0-9-]*:000000000000:/);
    }
  });
});
