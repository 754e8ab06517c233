import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { ENV } from '../lib/env-names';
import { acknowledgeWildcardResource } from './nag';
import { RawMessageBucket } from './raw-message-bucket';
import { InvokeAsync, receiptRuleArn, StoreInBucket } from './receipt-actions';
import { RuleSetActivation } from './rule-set-activation';

/** Properties of the inbound mail path. */
export interface InboundMailProps {
  /** Addresses the receipt rule accepts mail for: the desk's own support addresses. */
  readonly recipients: readonly string[];
  /** Function SES invokes once the raw message is stored; it is given RAW_BUCKET, RAW_PREFIX and read access. */
  readonly ingestFunction: lambda.Function;
  /** Name of the receipt rule set to create and activate, or of the existing active set to join. */
  readonly ruleSetName: string;
  /** Name of the desk's receipt rule, unique within the rule set. */
  readonly ruleName: string;
  /**
   * Add the rule to the account's existing, already active rule set `ruleSetName` instead of
   * creating a set and activating it (an account has one active set per region).
   * @default false
   */
  readonly useExistingRuleSet?: boolean;
  /** Days raw messages are kept before S3 expires them. */
  readonly rawRetentionDays: number;
  /** Key prefix of raw messages. @default 'inbound/' */
  readonly rawPrefix?: string;
}

/**
 * SES receiving: a receipt rule (TLS required, spam and virus scan on) that stores each message
 * in the raw-message bucket, then invokes the ingest function asynchronously.
 */
export class InboundMail extends Construct {
  /** Raw messages; SES writes `<prefix><messageId>`, the ingest function reads it. */
  readonly bucket: s3.Bucket;
  /** Key prefix of raw messages. */
  readonly rawPrefix: string;
  /** The desk's receipt rule. */
  readonly rule: ses.ReceiptRule;
  /** The rule set activation; undefined when the rule joins an existing active set. */
  readonly activation?: RuleSetActivation;

  constructor(scope: Construct, id: string, props: InboundMailProps) {
    super(scope, id);
    this.rawPrefix = props.rawPrefix ?? 'inbound/';
    this.bucket = new RawMessageBucket(this, 'RawMessages', {
      prefix: this.rawPrefix,
      retentionDays: props.rawRetentionDays,
    }).bucket;
    const ruleSet = props.useExistingRuleSet
      ? ses.ReceiptRuleSet.fromReceiptRuleSetName(this, 'RuleSet', props.ruleSetName)
      : new ses.ReceiptRuleSet(this, 'RuleSet', { receiptRuleSetName: props.ruleSetName });
    const ruleArn = receiptRuleArn(this, props.ruleSetName, props.ruleName);
    this.rule = new ses.ReceiptRule(this, 'Rule', {
      ruleSet,
      receiptRuleName: props.ruleName,
      recipients: [...props.recipients],
      enabled: true,
      scanEnabled: true,
      tlsPolicy: ses.TlsPolicy.REQUIRE,
      actions: [
        new StoreInBucket(this.bucket, this.rawPrefix, ruleArn),
        new InvokeAsync(props.ingestFunction, ruleArn),
      ],
    });
    if (!props.useExistingRuleSet) {
      this.activation = new RuleSetActivation(this, 'Activation', { ruleSetName: props.ruleSetName });
      this.activation.node.addDependency(this.rule);
    }
    this.wireIngest(props.ingestFunction);
  }

  /**
   * Lets `grantee` read raw messages: GetObject under the prefix, and ListBucket on the bucket
   * only because without it S3 answers a missing key with 403 instead of 404, and the reader
   * could not tell "not stored (yet)" from "not allowed".
   */
  grantReadRawMessages(grantee: iam.IGrantable): iam.Grant {
    iam.Grant.addToPrincipal({ grantee, actions: ['s3:ListBucket'], resourceArns: [this.bucket.bucketArn] });
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['s3:GetObject'],
      resourceArns: [this.bucket.arnForObjects(`${this.rawPrefix}*`)],
    });
  }

  private wireIngest(fn: lambda.Function): void {
    fn.addEnvironment(ENV.rawBucket, this.bucket.bucketName);
    fn.addEnvironment(ENV.rawPrefix, this.rawPrefix);
    this.grantReadRawMessages(fn);
    acknowledgeWildcardResource(
      fn,
      this.bucket.arnForObjects(`${this.rawPrefix}*`),
      'Object keys are SES messageIds, known only at run time; the grant is GetObject under the inbound prefix only.',
    );
  }
}
