import type { Desk } from '../desk/desk';
import type { ReminderPorts } from '../tickets/deps';
import type { DynamoApi } from './dynamo-api';
import { DynamoMessageLog } from './dynamo-message-log';
import { DynamoTicketStore } from './dynamo-ticket-store';
import { DynamoWorkLog } from './dynamo-work-log';
import type { SesApi } from './ses-api';
import { SesMailSender } from './ses-mail-sender';

/** The clients of a desk's table and its sending: hand-signed, or over the SDK (see dynamo-api.ts). */
export interface ReminderClients {
  readonly dynamoDb: DynamoApi;
  readonly ses: SesApi;
}

/** The resources a fired reminder works with: the table and the SES configuration set. */
export interface ReminderResources {
  readonly tableName: string;
  /** SES configuration set of every email the desk sends; undefined = none. */
  readonly sesConfigurationSet: string | undefined;
}

/** The adapters of a fired reminder, with the ticket store also answering listings. */
export interface DeskReminderPorts extends ReminderPorts {
  readonly tickets: DynamoTicketStore;
}

/**
 * The production adapters of a desk that never schedules (the send-reminder function, which has
 * no Scheduler permission): deskPorts builds on these, so both work alike. Kept apart from the
 * scheduler adapter so that its bundle does not load the Scheduler client at all.
 */
export function reminderPorts(
  clients: ReminderClients,
  resources: ReminderResources,
  desk: Desk,
): DeskReminderPorts {
  const table = { client: clients.dynamoDb, tableName: resources.tableName };
  return {
    desk,
    tickets: new DynamoTicketStore(table, desk.retention),
    messages: new DynamoMessageLog(table, desk.retention),
    work: new DynamoWorkLog(table),
    mail: new SesMailSender(clients.ses, { configurationSet: resources.sesConfigurationSet }),
  };
}
