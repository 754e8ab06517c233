export { automaticReason } from './automatic';
export { decide } from './decide';
export type {
  AcknowledgementPlan,
  ActDecision,
  Deadlines,
  Decision,
  IgnoreDecision,
  PlannedReminder,
  SlaPlan,
  ThreadInfo,
  TicketFields,
} from './decision';
export { IntakeError } from './errors';
export { missingFields, presentFields } from './fields';
export { detectLanguage } from './language';
export { calendarOf, planAwaitingInfo, planSla, type SlaTerms } from './sla-plan';
export { baseSubject, subjectToken, threadInfo } from './thread';
export { fieldInput, languageOf, senderAddresses, suppliedFields, ticketFields } from './ticket-fields';
