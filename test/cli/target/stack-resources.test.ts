import { describe, expect, it } from 'vitest';
import { resourcesFromOutputs } from '../../../cli/target/stack-resources';
import { TargetError } from '../../../cli/target/target-error';
import { STACK_OUTPUTS } from '../../../lib/stack-outputs';

const OUTPUTS = new Map([
  [STACK_OUTPUTS.tableName, 'desk-Tickets'],
  [STACK_OUTPUTS.sesConfigurationSet, 'desk-outbound'],
  [STACK_OUTPUTS.scheduleGroup, 'desk-reminders'],
  [STACK_OUTPUTS.reminderFunctionArn, 'arn:aws:lambda:eu-west-1:123456789012:function:desk-SendReminder'],
  [STACK_OUTPUTS.schedulerRoleArn, 'arn:aws:iam::123456789012:role/desk-scheduler'],
  [STACK_OUTPUTS.reminderDlqArn, 'arn:aws:sqs:eu-west-1:123456789012:desk-dlq'],
  [STACK_OUTPUTS.reminderRetryAttempts, '10'],
  [STACK_OUTPUTS.reminderMaxEventAgeSeconds, '86400'],
]);

describe('resourcesFromOutputs', () => {
  it('names the table, the configuration set and the schedule target from the stack outputs', () => {
    expect(resourcesFromOutputs('desk', OUTPUTS)).toEqual({
      tableName: 'desk-Tickets',
      sesConfigurationSet: 'desk-outbound',
      reminders: {
        groupName: 'desk-reminders',
        functionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:desk-SendReminder',
        roleArn: 'arn:aws:iam::123456789012:role/desk-scheduler',
        deadLetterQueueArn: 'arn:aws:sqs:eu-west-1:123456789012:desk-dlq',
        maximumRetryAttempts: 10,
        maximumEventAgeInSeconds: 86_400,
      },
    });
  });

  it('sends without a configuration set when the stack has none', () => {
    const outputs = new Map(OUTPUTS);
    outputs.delete(STACK_OUTPUTS.sesConfigurationSet);
    expect(resourcesFromOutputs('desk', outputs).sesConfigurationSet).toBeUndefined();
  });

  it.each([STACK_OUTPUTS.tableName, STACK_OUTPUTS.scheduleGroup, STACK_OUTPUTS.reminderDlqArn])(
    'fails in one line naming the stack and the missing output %s',
    (key) => {
      const outputs = new Map(OUTPUTS);
      outputs.delete(key);
      expect(() => resourcesFromOutputs('desk', outputs)).toThrow(TargetError);
      expect(() => resourcesFromOutputs('desk', outputs)).toThrow(`stack 'desk' has no output ${key}`);
    },
  );

  it('refuses a retry count that is not a whole number', () => {
    const outputs = new Map(OUTPUTS).set(STACK_OUTPUTS.reminderRetryAttempts, 'ten');
    expect(() => resourcesFromOutputs('desk', outputs)).toThrow(
      `stack 'desk' output ReminderRetryAttempts is "ten", not a whole number`,
    );
  });
});
