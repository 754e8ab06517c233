import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/**
 * Role and log group of the stack's AwsCustomResource function. CDK runs every AwsCustomResource
 * of a stack in one singleton function, whose role and log group are those of the first resource
 * created: the others' would be silently ignored. So they are made here, once per stack, and each
 * custom resource adds only its own policy (attached to this role) through its `policy` prop.
 */
export class SdkCallProvider extends Construct {
  /** The function's role: its own log group, plus each custom resource's policy. */
  readonly role: iam.Role;
  /** Where the function logs (kept a month). */
  readonly logGroup: logs.LogGroup;

  /** The stack's provider, created on first use. */
  static of(scope: Construct): SdkCallProvider {
    const stack = Stack.of(scope);
    const found = stack.node.tryFindChild('SdkCallProvider');
    return found instanceof SdkCallProvider ? found : new SdkCallProvider(stack, 'SdkCallProvider');
  }

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.ONE_MONTH });
    // An own role: the default one carries AWSLambdaBasicExecutionRole (any log group).
    this.role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(this.role);
  }
}
