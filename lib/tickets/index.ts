/**
 * The ticket area: what the Lambda functions, the local desk and the operator CLI call.
 * Ports are in lib/ports, their AWS adapters in lib/aws.
 */
export {
  type Attempt,
  DEFAULT_WORK_SETTINGS,
  type IngestPorts,
  type TicketPorts,
  type WorkSettings,
} from './deps';
export * from './errors';
export {
  type IngestEffects,
  type IngestInput,
  type IngestResult,
  type IngestSettings,
  ingestEmail,
} from './ingest';
export { closeTicket, type LifecycleResult, reopenTicket, resolveTicket, takeCharge } from './lifecycle';
export { listTickets, type TicketView, ticketView } from './list-tickets';
export type { MessageKind, TicketMessage } from './message';
export { reminderRound, resolutionClockStart } from './reopen';
export { scheduleKind, scheduleName } from './schedule-plan';
export { type ReminderResult, reminderSent, sendReminder, stillGuarding } from './send-reminder';
export {
  formatTicketNumber,
  isTicketNumber,
  type Note,
  nextDue,
  type Reopening,
  type SentReminder,
  type Ticket,
} from './ticket';
