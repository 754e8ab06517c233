import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Properties of the bucket raw messages are stored in. */
export interface RawMessageBucketProps {
  /** Key prefix the receipt rule writes under and the lifecycle rule expires. */
  readonly prefix: string;
  /** Days a raw message is kept. */
  readonly retentionDays: number;
  /** Days the bucket's server access logs are kept. @default 365 */
  readonly accessLogRetentionDays?: number;
}

/**
 * The private, encrypted, TLS-only bucket of raw customer messages, with server access logs in
 * a bucket of their own. Both are retained when the stack is deleted: they hold customer data.
 */
export class RawMessageBucket extends Construct {
  /** Raw RFC 5322 messages, one object per SES messageId under the prefix. */
  readonly bucket: s3.Bucket;
  /** Server access logs of `bucket`. */
  readonly accessLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props: RawMessageBucketProps) {
    super(scope, id);
    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      ...lockedDown(),
      lifecycleRules: [{ expiration: Duration.days(props.accessLogRetentionDays ?? 365) }],
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket is the access-log target of the raw-message bucket; logging it too would only recurse.',
    });
    this.bucket = new s3.Bucket(this, 'Messages', {
      ...lockedDown(),
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'raw-messages/',
      lifecycleRules: [{ prefix: props.prefix, expiration: Duration.days(props.retentionDays) }],
    });
  }
}

function lockedDown(): s3.BucketProps {
  return {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    removalPolicy: RemovalPolicy.RETAIN,
  };
}
