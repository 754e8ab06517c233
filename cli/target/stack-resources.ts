import type { DeskResources } from '../../lib/aws/desk-ports';
import { STACK_OUTPUTS } from '../../lib/stack-outputs';
import { TargetError } from './target-error';

/** Outputs of a stack by key, as DescribeStacks lists them. */
export type StackOutputs = ReadonlyMap<string, string>;

/**
 * The desk's resources named by its stack's outputs; a missing one fails in one line naming the
 * stack and the output (a stack deployed by an older version of support-desk lacks some).
 */
export function resourcesFromOutputs(stackName: string, outputs: StackOutputs): DeskResources {
  const get = (key: string): string => {
    const value = outputs.get(key);
    if (value === undefined || value === '') {
      throw new TargetError(
        `stack '${stackName}' has no output ${key}: is it a support-desk stack, deployed with this version?`,
      );
    }
    return value;
  };
  return {
    tableName: get(STACK_OUTPUTS.tableName),
    sesConfigurationSet: outputs.get(STACK_OUTPUTS.sesConfigurationSet) || undefined,
    reminders: {
      groupName: get(STACK_OUTPUTS.scheduleGroup),
      functionArn: get(STACK_OUTPUTS.reminderFunctionArn),
      roleArn: get(STACK_OUTPUTS.schedulerRoleArn),
      deadLetterQueueArn: get(STACK_OUTPUTS.reminderDlqArn),
      maximumRetryAttempts: whole(stackName, STACK_OUTPUTS.reminderRetryAttempts, get),
      maximumEventAgeInSeconds: whole(stackName, STACK_OUTPUTS.reminderMaxEventAgeSeconds, get),
    },
  };
}

function whole(stackName: string, key: string, get: (key: string) => string): number {
  const text = get(key);
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    throw new TargetError(
      `stack '${stackName}' output ${key} is ${JSON.stringify(text)}, not a whole number`,
    );
  }
  return value;
}
