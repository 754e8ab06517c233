import { Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { acknowledgeWildcardIn } from './nag';
import { type Reminders, SCHEDULES_REASON } from './reminders';
import type { Sending } from './sending';
import { statusIndexArn, TABLE_ACTIONS } from './table-access';

/** Properties of the operators' policy. */
export interface OperatorPolicyProps {
  /** The ticket table the CLI reads and changes tickets in. */
  readonly table: dynamodb.ITable;
  /** Identity and configuration set the CLI's replies are sent through. */
  readonly sending: Sending;
  /** Schedule group and execution role of the reminders the CLI creates, deletes and lists. */
  readonly reminders: Reminders;
}

/**
 * The managed policy an operator attaches to their IAM user or role to run the CLI on this stack
 * (`--stack NAME`): it reads the stack's outputs, then works through the same adapters as the
 * functions, with nothing beyond the calls those adapters make.
 */
export class OperatorPolicy extends Construct {
  /** The policy (output OperatorPolicyArn). */
  readonly policy: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: OperatorPolicyProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const { reminders } = props;
    const statements = [
      allow(['cloudformation:DescribeStacks'], [stack.stackId]),
      allow([...TABLE_ACTIONS.operator], [props.table.tableArn]),
      allow(['dynamodb:Query'], [statusIndexArn(props.table)]),
      allow(['ses:SendRawEmail'], props.sending.sendingArns()),
      allow(
        ['scheduler:CreateSchedule', 'scheduler:DeleteSchedule', 'scheduler:GetSchedule'],
        [reminders.schedulesArn()],
      ),
      // The Service Authorization Reference lists no resource type for ListSchedules: only "*" works.
      // The CLI passes GroupName, so what it sees is still the desk's group.
      allow(['scheduler:ListSchedules'], ['*']),
      new iam.PolicyStatement({
        actions: ['iam:PassRole'],
        resources: [reminders.executionRole.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    ];
    this.policy = new iam.ManagedPolicy(this, 'Policy', {
      description: `support-desk operators of stack ${stack.stackName}: what the CLI calls, nothing else`,
      statements,
    });
    acknowledgeWildcardIn(this.policy, reminders.schedulesArn(), SCHEDULES_REASON);
    acknowledgeWildcardIn(
      this.policy,
      '*',
      'scheduler:ListSchedules supports no resource-level permissions (Service Authorization Reference); the statement allows that one List action only.',
    );
  }
}

function allow(actions: string[], resources: string[]): iam.PolicyStatement {
  return new iam.PolicyStatement({ actions, resources });
}
