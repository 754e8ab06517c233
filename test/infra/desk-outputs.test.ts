import { describe, expect, it } from 'vitest';
import { ENV } from '../../lib/env-names';
import { STACK_OUTPUTS } from '../../lib/stack-outputs';
import { synthDesk } from './support/desk-app';
import { deskFunction, onlyResource } from './support/template';

const { template } = synthDesk();
const outputs = template.findOutputs('*');
const ingestEnv = (
  deskFunction(template, 'ingest').resource.Properties.Environment as {
    Variables: Record<string, unknown>;
  }
).Variables;

describe('the stack outputs', () => {
  it.each(Object.entries(STACK_OUTPUTS))(
    'include %s, which the CLI reads, under the key %s',
    (_name, key) => {
      expect(outputs[key]?.Value).toBeDefined();
    },
  );

  it('are exactly these keys, so that a rename or a generated suffix fails here', () => {
    expect(Object.keys(outputs).sort()).toEqual(
      [
        ...Object.values(STACK_OUTPUTS),
        'AlarmTopicArn',
        'IngestFunctionName',
        'IngestLogGroupName',
        'SendReminderLogGroupName',
        'IdentityToVerify',
        'MxRecord',
        'DkimRecord1',
        'DkimRecord2',
        'DkimRecord3',
      ].sort(),
    );
  });

  it.each([
    'tableName',
    'rawBucket',
    'rawPrefix',
    'scheduleGroup',
    'schedulerRoleArn',
    'reminderFunctionArn',
    'reminderDlqArn',
    'reminderRetryAttempts',
    'reminderMaxEventAgeSeconds',
    'sesConfigurationSet',
  ] as const)('give %s the very value the ingest function runs with', (name) => {
    expect(outputs[STACK_OUTPUTS[name]]?.Value).toEqual(ingestEnv[ENV[name]]);
  });

  it('give the support address and the operators’ policy', () => {
    expect(outputs[STACK_OUTPUTS.supportAddress]?.Value).toBe('support@example.com');
    const policy = onlyResource(template, 'AWS::IAM::ManagedPolicy');
    expect(outputs[STACK_OUTPUTS.operatorPolicyArn]?.Value).toEqual({ Ref: policy.id });
  });

  it('each say what they are', () => {
    for (const output of Object.values(outputs))
      expect(String(output.Description).length).toBeGreaterThan(10);
  });
});
