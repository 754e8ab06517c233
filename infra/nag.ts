import { Stack, Validations } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';
import { Construct } from 'constructs';

/**
 * Acknowledges cdk-nag's AwsSolutions-IAM5 finding for one wildcard resource granted to `grantee`,
 * on the grantee's role so that no other finding is covered. `arn` must be the very value the grant
 * used: the finding id is cdk-nag's flattened form of it (e.g. `<Table1234.Arn>/index/*`).
 */
export function acknowledgeWildcardResource(grantee: iam.IGrantable, arn: string, reason: string): void {
  const principal = grantee.grantPrincipal;
  if (!Construct.isConstruct(principal)) return;
  acknowledgeWildcardIn(principal, arn, reason);
}

/** Acknowledges the AwsSolutions-IAM5 finding for the wildcard resource `arn` in `scope` (a role or a policy) only. */
export function acknowledgeWildcardIn(scope: Construct, arn: string, reason: string): void {
  const flat = flattenCfnReference(Stack.of(scope).resolve(arn));
  Validations.of(scope).acknowledge({ id: `AwsSolutions-IAM5[Resource::${flat}]`, reason });
}
