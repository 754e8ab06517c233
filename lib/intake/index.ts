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
