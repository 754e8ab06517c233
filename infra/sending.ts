import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import type { OutputSpec } from './stack-outputs';

/** Properties of the outgoing-mail resources. */
export interface SendingProps {
  /** Domain the desk sends from (and receives for); verified with Easy DKIM. */
  readonly domain: string;
  /** Name of the configuration set every email of the desk is sent with. */
  readonly configurationSetName: string;
}

/**
 * SES sending: the domain identity (Easy DKIM), a configuration set that publishes bounce and
 * complaint events and reputation metrics, and the DNS records the operator must add.
 */
export class Sending extends Construct {
  /** The domain identity the desk sends as. */
  readonly identity: ses.EmailIdentity;
  /** The configuration set the identity uses by default. */
  readonly configurationSet: ses.ConfigurationSet;

  constructor(scope: Construct, id: string, props: SendingProps) {
    super(scope, id);
    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: props.configurationSetName,
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT],
      destination: ses.EventDestination.cloudWatchDimensions([
        {
          name: 'desk',
          source: ses.CloudWatchDimensionSource.MESSAGE_TAG,
          defaultValue: props.configurationSetName,
        },
      ]),
    });
    this.identity = new ses.EmailIdentity(this, 'Identity', {
      identity: ses.Identity.domain(props.domain),
      configurationSet: this.configurationSet,
      dkimIdentity: ses.DkimIdentity.easyDkim(ses.EasyDkimSigningKeyLength.RSA_2048_BIT),
    });
  }

  /**
   * Lets `grantee` call SendRawEmail (the only SES call of lib/aws/ses-mail-sender.ts) as the
   * domain through the configuration set: SES authorizes both resources of each send.
   */
  grantSendRaw(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['ses:SendRawEmail'],
      resourceArns: this.sendingArns(),
    });
  }

  /** The identity and configuration set ARNs a send is authorized against. */
  sendingArns(): string[] {
    return [
      this.identity.emailIdentityArn,
      Stack.of(this).formatArn({
        service: 'ses',
        resource: 'configuration-set',
        resourceName: this.configurationSet.configurationSetName,
      }),
    ];
  }

  /** The DNS records the operator adds, as stack outputs (the stack emits them under these keys). */
  dnsOutputs(domain: string): Record<string, OutputSpec> {
    const outputs: Record<string, OutputSpec> = {
      IdentityToVerify: {
        description: 'SES identity: verified once the three DKIM CNAME records below resolve',
        value: domain,
      },
      MxRecord: {
        description: `DNS: MX record of ${domain}, so that SES receives its mail`,
        value: `${domain} MX 10 inbound-smtp.${Stack.of(this).region}.amazonaws.com`,
      },
    };
    this.identity.dkimRecords.forEach((record, i) => {
      outputs[`DkimRecord${i + 1}`] = {
        description: `DNS: DKIM CNAME record ${i + 1} of 3 (Easy DKIM)`,
        value: `${record.name} CNAME ${record.value}`,
      };
    });
    return outputs;
  }
}
