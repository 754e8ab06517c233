import { App, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { acknowledgeWildcardResource } from '../../infra/nag';

function roleReadingBucket(acknowledge: (role: iam.Role, bucket: s3.Bucket) => void) {
  const stack = new Stack(new App(), 'Nag');
  const bucket = new s3.Bucket(stack, 'Bucket', { enforceSSL: true });
  Validations.of(bucket).acknowledge({ id: 'AwsSolutions-S1', reason: 'not what this test is about' });
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  iam.Grant.addToPrincipal({
    grantee: role,
    actions: ['s3:GetObject'],
    resourceArns: [bucket.arnForObjects('in/*')],
  });
  acknowledge(role, bucket);
  return new AwsSolutionsChecks().validateScope(stack).violations.map((v) => v.ruleName);
}

describe('acknowledgeWildcardResource', () => {
  it('finds the finding cdk-nag reports for the very ARN that was granted', () => {
    expect(roleReadingBucket(() => {})).toEqual([
      expect.stringMatching(/^AwsSolutions-IAM5\[Resource::<Bucket\w+\.Arn>\/in\/\*\]$/),
    ]);
    const violations = roleReadingBucket((role, bucket) =>
      acknowledgeWildcardResource(role, bucket.arnForObjects('in/*'), 'keys are known only at run time'),
    );
    expect(violations).toEqual([]);
  });

  it('covers no other wildcard', () => {
    const violations = roleReadingBucket((role, bucket) =>
      acknowledgeWildcardResource(role, bucket.arnForObjects('elsewhere/*'), 'a different prefix'),
    );
    expect(violations).toHaveLength(1);
  });
});
