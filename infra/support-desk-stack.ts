import { relative } from 'node:path';
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { StoredDeskConfig } from '../lib/aws/desk-config-item';
import { Alarms } from './alarms';
import { PROJECT_ROOT } from './bundling';
import type { DeskConfig } from './config';
import { readDeskText } from './desk-check';
import { DeskConfiguration } from './desk-configuration';
import { deskOutputs } from './desk-outputs';
import { DeskFunctions } from './functions';
import { InboundMail } from './inbound-mail';
import { OperatorPolicy } from './operator-policy';
import { Reminders } from './reminders';
import { Sending } from './sending';
import { addStableOutputs } from './stack-outputs';
import { TicketTable } from './ticket-table';

/** Properties of the support-desk stack. */
export interface SupportDeskStackProps extends StackProps {
  /** The validated deployment configuration (see config.ts). */
  readonly config: DeskConfig;
}

/** One support desk: inbound mail, tickets, reminders, functions, sending and alarms. */
export class SupportDeskStack extends Stack {
  /** The ticket table. */
  readonly tickets: TicketTable;
  /** The desk's functions. */
  readonly functions: DeskFunctions;
  /** SES receiving and the raw-message bucket. */
  readonly inboundMail: InboundMail;
  /** The operators' alarms. */
  readonly alarms: Alarms;
  /** The managed policy operators attach to run the CLI on this stack. */
  readonly operatorPolicy: OperatorPolicy;

  constructor(scope: Construct, id: string, props: SupportDeskStackProps) {
    super(scope, id, props);
    const { config } = props;
    const prefix = config.stackName;
    this.tickets = new TicketTable(this, 'Tickets');
    const reminders = new Reminders(this, 'Reminders', { scheduleGroupName: `${prefix}-reminders` });
    const sending = new Sending(this, 'Sending', {
      domain: config.domain,
      configurationSetName: `${prefix}-outbound`,
    });
    this.functions = new DeskFunctions(this, 'Functions', {
      table: this.tickets.table,
      reminders,
      sending,
      deskFile: config.deskFile,
      ingestEntry: config.ingestEntry,
      reminderEntry: config.reminderEntry,
    });
    this.inboundMail = new InboundMail(this, 'InboundMail', {
      recipients: [config.supportAddress],
      ingestFunction: this.functions.ingest,
      ruleSetName: config.existingRuleSetName ?? `${prefix}-rules`,
      ruleName: `${prefix}-inbound`,
      useExistingRuleSet: config.existingRuleSetName !== undefined,
      rawRetentionDays: config.rawRetentionDays,
    });
    this.alarms = new Alarms(this, 'Alarms', {
      operatorAddresses: config.operatorAddresses,
      functions: { IngestEmail: this.functions.ingest, SendReminder: this.functions.sendReminder },
      deadLetterQueues: {
        FunctionFailureQueue: this.functions.failureQueue,
        ReminderDeadLetterQueue: reminders.deadLetterQueue,
      },
    });
    new DeskConfiguration(this, 'DeskConfiguration', { table: this.tickets.table, desk: storedDesk(config) });
    this.operatorPolicy = new OperatorPolicy(this, 'OperatorPolicy', {
      table: this.tickets.table,
      sending,
      reminders,
    });
    addStableOutputs(
      this,
      deskOutputs({
        tableName: this.tickets.table.tableName,
        rawBucket: this.inboundMail.bucket.bucketName,
        rawPrefix: this.inboundMail.rawPrefix,
        sesConfigurationSet: sending.configurationSet.configurationSetName,
        supportAddress: config.supportAddress,
        operatorPolicyArn: this.operatorPolicy.policy.managedPolicyArn,
        alarmTopicArn: this.alarms.topic.topicArn,
        functions: this.functions,
        dns: sending.dnsOutputs(config.domain),
      }),
    );
  }
}

/**
 * The desk file as the functions are bundled with it, read once here: the configured file's text
 * (the bundling copies that same file) or the embedded default desk's JSON. Its source is the path
 * relative to the project, so that the template is the same on every checkout.
 */
function storedDesk(config: DeskConfig): StoredDeskConfig {
  const json = readDeskText(config.deskFile);
  const source =
    config.deskFile === undefined ? 'embedded default desk' : relative(PROJECT_ROOT, config.deskFile);
  return { json, source };
}
