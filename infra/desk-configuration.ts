import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import {
  AwsCustomResource,
  AwsCustomResourcePolicy,
  type AwsSdkCall,
  PhysicalResourceId,
} from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { DESK_CONFIG_KEY, deskConfigItem, type StoredDeskConfig } from '../lib/aws/desk-config-item';
import { SdkCallProvider } from './sdk-call-provider';

/** Properties of the stored desk configuration. */
export interface DeskConfigurationProps {
  /** The ticket table that holds the configuration item. */
  readonly table: dynamodb.ITable;
  /** The desk file's text, as the functions are bundled with it, and where it came from. */
  readonly desk: StoredDeskConfig;
}

/**
 * Puts the desk file the functions run with into the ticket table (item DESK/CONFIG) at every
 * deploy that changes it: the text is in the resource's properties, so a changed desk file is an
 * update, and the update puts the item again. Operator commands read the desk from there, never
 * from a copy of their own. The item stays when the stack goes: the table is retained with it.
 */
export class DeskConfiguration extends Construct {
  /** The custom resource. */
  readonly resource: AwsCustomResource;

  constructor(scope: Construct, id: string, props: DeskConfigurationProps) {
    super(scope, id);
    const put: AwsSdkCall = {
      service: 'DynamoDB',
      action: 'putItem',
      parameters: { TableName: props.table.tableName, Item: deskConfigItem(props.desk) },
      physicalResourceId: PhysicalResourceId.of(
        `desk-configuration-${DESK_CONFIG_KEY.pk}-${DESK_CONFIG_KEY.sk}`,
      ),
    };
    const { role, logGroup } = SdkCallProvider.of(this);
    this.resource = new AwsCustomResource(this, 'Resource', {
      resourceType: 'Custom::DeskConfiguration',
      onCreate: put,
      onUpdate: put,
      policy: AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({ actions: ['dynamodb:PutItem'], resources: [props.table.tableArn] }),
      ]),
      role,
      logGroup,
      installLatestAwsSdk: false,
    });
  }
}
