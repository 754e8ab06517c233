import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Alarms } from './alarms';
import type { DeskConfig } from './config';
import { DeskFunctions } from './functions';
import { InboundMail } from './inbound-mail';
import { Reminders } from './reminders';
import { Sending } from './sending';
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
    this.addOperatorOutputs(reminders);
  }

  private addOperatorOutputs(reminders: Reminders): void {
    const outputs: Record<string, [string, string]> = {
      TicketTableName: [
        this.tickets.table.tableName,
        'DynamoDB table holding tickets (TABLE_NAME for the CLI)',
      ],
      RawMessageBucketName: [this.inboundMail.bucket.bucketName, 'S3 bucket of raw received messages'],
      AlarmTopicArn: [this.alarms.topic.topicArn, 'SNS topic the alarms notify'],
      ScheduleGroupName: [reminders.group.scheduleGroupName, 'EventBridge Scheduler group of reminders'],
      IngestFunctionName: [this.functions.ingest.functionName, 'Lambda function processing received mail'],
      IngestLogGroupName: [this.functions.ingest.logGroup.logGroupName, 'Logs of the ingest function'],
      SendReminderLogGroupName: [
        this.functions.sendReminder.logGroup.logGroupName,
        'Logs of the reminder function',
      ],
    };
    for (const [id, [value, description]] of Object.entries(outputs))
      new CfnOutput(this, id, { value, description });
  }
}
