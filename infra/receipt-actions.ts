import { Aws, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as ses from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';

/**
 * ARN of a receipt rule. aws-ses-actions scopes its grants to the account only; we also pin
 * them to this one rule (aws:SourceArn), which needs the ARN before the rule exists.
 */
export function receiptRuleArn(scope: Construct, ruleSetName: string, ruleName: string): string {
  return Stack.of(scope).formatArn({
    service: 'ses',
    resource: 'receipt-rule-set',
    resourceName: `${ruleSetName}:receipt-rule/${ruleName}`,
  });
}

/** The SES principal, limited to calls made for `ruleArn` in this account. */
function sesFor(ruleArn: string): { StringEquals: Record<string, string> } {
  return { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID, 'aws:SourceArn': ruleArn } };
}

/**
 * S3 action: SES stores the raw message under `prefix` + messageId. The bucket policy statement
 * is created here and the rule depends on it, because SES checks the permission when the rule
 * is created.
 */
export class StoreInBucket implements ses.IReceiptRuleAction {
  constructor(
    private readonly bucket: s3.Bucket,
    private readonly prefix: string,
    private readonly ruleArn: string,
  ) {}

  /** Adds the bucket policy statement and returns the S3 action. */
  bind(rule: ses.IReceiptRuleRef): ses.ReceiptRuleActionConfig {
    this.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowSesReceiptRulePutObject',
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects(`${this.prefix}*`)],
        conditions: sesFor(this.ruleArn),
      }),
    );
    if (this.bucket.policy !== undefined) rule.node.addDependency(this.bucket.policy);
    return { s3Action: { bucketName: this.bucket.bucketName, objectKeyPrefix: this.prefix } };
  }
}

/**
 * Lambda action, invocation type Event: SES does not wait for the function, and Lambda's own
 * asynchronous retries and on-failure destination take over.
 */
export class InvokeAsync implements ses.IReceiptRuleAction {
  constructor(
    private readonly fn: lambda.Function,
    private readonly ruleArn: string,
  ) {}

  /** Adds the invoke permission for SES (before the rule) and returns the Lambda action. */
  bind(rule: ses.IReceiptRuleRef): ses.ReceiptRuleActionConfig {
    this.fn.addPermission('AllowSesReceiptRule', {
      principal: new iam.ServicePrincipal('ses.amazonaws.com'),
      action: 'lambda:InvokeFunction',
      sourceAccount: Aws.ACCOUNT_ID,
      sourceArn: this.ruleArn,
    });
    const permission = this.fn.permissionsNode.tryFindChild('AllowSesReceiptRule');
    if (permission !== undefined) rule.node.addDependency(permission);
    return { lambdaAction: { functionArn: this.fn.functionArn, invocationType: 'Event' } };
  }
}
