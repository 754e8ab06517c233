import type { Desk } from '../desk/desk';
import type { TicketPorts } from '../tickets/deps';
import { DynamoAckThrottle } from './dynamo-ack-throttle';
import { DynamoCreditLedger } from './dynamo-credit-ledger';
import type { DynamoTicketStore } from './dynamo-ticket-store';
import { EventBridgeReminderScheduler, type ReminderTarget } from './eventbridge-reminder-scheduler';
import { type ReminderClients, type ReminderResources, reminderPorts } from './reminder-ports';
import type { SchedulerApi } from './scheduler-api';

/** The clients a desk's adapters talk through, built by each runtime's composition root. */
export interface DeskClients extends ReminderClients {
  readonly scheduler: SchedulerApi;
}

/** The resources of one desk (a deployed stack's outputs, or the local desk's own). */
export interface DeskResources extends ReminderResources {
  /** Where reminder schedules go and what they invoke. */
  readonly reminders: ReminderTarget;
}

/** Every adapter of a desk, with the ticket store also answering listings. */
export interface DeskPorts extends TicketPorts {
  readonly tickets: DynamoTicketStore;
  readonly throttle: DynamoAckThrottle;
  readonly credits: DynamoCreditLedger;
}

/**
 * The production adapters of one desk, whatever runs them: the Lambda functions, the local desk
 * and the operator CLI all build their ports here (send-reminder through reminderPorts, which
 * this extends), so the three cannot differ in how they work.
 */
export function deskPorts(clients: DeskClients, resources: DeskResources, desk: Desk): DeskPorts {
  const base = reminderPorts(clients, resources, desk);
  return {
    ...base,
    throttle: new DynamoAckThrottle({ client: clients.dynamoDb, tableName: resources.tableName }),
    credits: new DynamoCreditLedger({ client: clients.dynamoDb, tableName: resources.tableName }),
    scheduler: new EventBridgeReminderScheduler(clients.scheduler, resources.reminders),
  };
}
