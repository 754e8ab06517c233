/**
 * The ticket area: what the Lambda functions, the local desk and the operator CLI call.
 * Ports are in lib/ports, their AWS adapters in lib/aws.
 */

export { operatorAddress } from './actor';
export {
  assignTicket,
  expectResolution,
  noteTicket,
  replyToCustomer,
  setPriority,
} from './conversation';
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
export {
  askCustomer,
  closeTicket,
  type LifecycleResult,
  reopenTicket,
  resolveTicket,
  type StepRequest,
  type TakeChargeRequest,
  takeCharge,
} from './lifecycle';
export {
  byUrgency,
  deskZone,
  type ListFilter,
  listTickets,
  type TicketView,
  ticketView,
} from './list-tickets';
export type { LoggedAttachment, MessageKind, TicketMessage } from './message';
export { MAX_FORWARDED_BYTES } from './operator-mail/plan';
export {
  OPERATOR_ACTIONS,
  type OperatorAction,
  type OperatorStepRecord,
  type StepFacts,
} from './operator-step';
export { endedPause, openPause, pausedSpans, ticketCalendar } from './pauses';
export { OWN_WORDS_MAX_BYTES } from './received-content';
export { reminderRound, resolutionClockStart } from './reopen';
export { type ResumedChange, resumedChange } from './resume';
export { scheduleKind, scheduleName } from './schedule-plan';
export { type ReminderResult, reminderSent, sendReminder, stillGuarding } from './send-reminder';
export {
  formatTicketNumber,
  isTicketNumber,
  type Note,
  nextDue,
  type Pause,
  type Reopening,
  type SentReminder,
  type Ticket,
} from './ticket';
export { type HistoryEntry, type TicketDetail, ticketDetail } from './ticket-detail';
