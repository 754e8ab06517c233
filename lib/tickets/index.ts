/**
 * The ticket area: what the Lambda functions, the local desk and the operator CLI call.
 * Ports are in lib/ports, their AWS adapters in lib/aws. Its sub-areas:
 * - `model/`: the ticket, its history items, its schema and the bounds every save enforces;
 * - `intake/`: a received message, from routing to the new or updated ticket and its emails;
 * - `steps/`: operator steps (take charge, resolve, reply, ask, ...) as lifecycle transitions;
 * - `operator-mail/`: operators' emails read as commands and carried out as steps;
 * - `reminders/`: the schedules that guard deadlines, and what a firing sends;
 * - `exactly-once/`: the work log, leases and sends that make every effect happen once;
 * - `views/`: what list, show and the report read.
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
} from './intake/ingest';
export { OWN_WORDS_MAX_BYTES } from './intake/received-content';
export { operatorAddress } from './model/actor';
export type { LoggedAttachment, MessageKind, TicketMessage } from './model/message';
export {
  OPERATOR_ACTIONS,
  type OperatorAction,
  type OperatorStepRecord,
  type StepFacts,
} from './model/operator-step';
export {
  currentTeam,
  missingForTeam,
  teamOperators,
  ticketFieldsPresent,
  urgentOperators,
} from './model/team';
export {
  type Escalation,
  formatTicketNumber,
  isTicketNumber,
  type Note,
  nextDue,
  type Pause,
  type Reopening,
  type SentReminder,
  type Ticket,
} from './model/ticket';
export { MAX_FORWARDED_BYTES } from './operator-mail/plan';
export { scheduleKind, scheduleName } from './reminders/schedule-plan';
export { type ReminderResult, reminderSent, sendReminder, stillGuarding } from './reminders/send-reminder';
export {
  assignTicket,
  expectResolution,
  noteTicket,
  replyToCustomer,
  setPriority,
} from './steps/conversation';
export { checkEscalation, escalateTicket } from './steps/escalate';
export {
  askCustomer,
  closeTicket,
  type LifecycleResult,
  reopenTicket,
  resolveTicket,
  type StepRequest,
  type TakeChargeRequest,
  takeCharge,
} from './steps/lifecycle';
export { type OperatorStepInput, runOperatorStep } from './steps/operator-steps';
export { endedPause, openPause, pausedSpans, ticketCalendar } from './steps/pauses';
export { reminderRound, resolutionClockStart } from './steps/reopen';
export { type ResumedChange, resumedChange } from './steps/resume';
export {
  byUrgency,
  deskZone,
  type ListFilter,
  listTickets,
  type TicketView,
  ticketView,
} from './views/list-tickets';
export { type HistoryEntry, type TicketDetail, ticketDetail } from './views/ticket-detail';
