import { Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import {
  AwsCustomResource,
  AwsCustomResourcePolicy,
  type AwsSdkCall,
  PhysicalResourceId,
} from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { SdkCallProvider } from './sdk-call-provider';

/** Properties of the rule set activation. */
export interface RuleSetActivationProps {
  /** The receipt rule set to make the account's active one in this region. */
  readonly ruleSetName: string;
}

/**
 * CloudFormation creates receipt rule sets inactive, and an account has one active set per region.
 * This custom resource calls SetActiveReceiptRuleSet on create and update, and on delete calls it
 * with no name, which turns receiving off in the region, so that the set can then be deleted.
 */
export class RuleSetActivation extends Construct {
  /** The custom resource; make it depend on the rules that must exist before mail flows. */
  readonly resource: AwsCustomResource;

  constructor(scope: Construct, id: string, props: RuleSetActivationProps) {
    super(scope, id);
    const activate: AwsSdkCall = {
      service: 'SES',
      action: 'setActiveReceiptRuleSet',
      parameters: { RuleSetName: props.ruleSetName },
      physicalResourceId: PhysicalResourceId.of(`active-receipt-rule-set-${props.ruleSetName}`),
    };
    const { role, logGroup } = SdkCallProvider.of(this);
    this.resource = new AwsCustomResource(this, 'Resource', {
      resourceType: 'Custom::SesActiveReceiptRuleSet',
      onCreate: activate,
      onUpdate: activate,
      onDelete: { service: 'SES', action: 'setActiveReceiptRuleSet', parameters: {} },
      policy: AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({ actions: ['ses:SetActiveReceiptRuleSet'], resources: ['*'] }),
      ]),
      role,
      logGroup,
      installLatestAwsSdk: false,
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'ses:SetActiveReceiptRuleSet supports no resource-level permissions; the role may call nothing else.',
    });
  }
}
