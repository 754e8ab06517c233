import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SchedulerClient } from '@aws-sdk/client-scheduler';
import type { SESClient } from '@aws-sdk/client-ses';
import type { Desk } from '../desk/desk';
import type { TicketPorts } from '../tickets/deps';
import { DynamoAckThrottle } from './dynamo-ack-throttle';
import { DynamoMessageLog } from './dynamo-message-log';
import { DynamoTicketStore } from './dynamo-ticket-store';
import { DynamoWorkLog } from './dynamo-work-log';
import { EventBridgeReminderScheduler, type ReminderTarget } from './eventbridge-reminder-scheduler';
import { SesMailSender } from './ses-mail-sender';

/** The SDK clients a desk's adapters talk through, built by each runtime's composition root. */
export interface DeskClients {
  readonly dynamoDb: DynamoDBClient;
  readonly ses: SESClient;
  readonly scheduler: SchedulerClient;
}

/** The resources of one desk (a deployed stack's outputs, or the local desk's own). */
export interface DeskResources {
  readonly tableName: string;
  /** SES configuration set of every email the desk sends; undefined = none. */
  readonly sesConfigurationSet: string | undefined;
  /** Where reminder schedules go and what they invoke. */
  readonly reminders: ReminderTarget;
}

/** Every adapter of a desk, with the ticket store also answering listings. */
export interface DeskPorts extends TicketPorts {
  readonly tickets: DynamoTicketStore;
  readonly throttle: DynamoAckThrottle;
}

/**
 * The production adapters of one desk, whatever runs them: the Lambda functions, the local desk
 * and the operator CLI all build their ports here, so the three cannot differ in how they work.
 */
export function deskPorts(clients: DeskClients, resources: DeskResources, desk: Desk): DeskPorts {
  const table = { client: clients.dynamoDb, tableName: resources.tableName };
  return {
    desk,
    tickets: new DynamoTicketStore(table),
    messages: new DynamoMessageLog(table),
    work: new DynamoWorkLog(table),
    throttle: new DynamoAckThrottle(table),
    mail: new SesMailSender(clients.ses, { configurationSet: resources.sesConfigurationSet }),
    scheduler: new EventBridgeReminderScheduler(clients.scheduler, resources.reminders),
  };
}
