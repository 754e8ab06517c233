export { dueKind, kindsOfTarget, lateKind, type TargetReminder, targetOfKind, warningKind } from './kinds';
export { metTargets, restartsOnReopen } from './met';
export { movedDue, movedTargets, planTargets, type TargetFacts, tierTargets, warningAt } from './plan';
export { lateChainOf, type TargetReminderPlan, targetReminders } from './reminders';
export { contractDeadlines, type TargetState, targetNamed } from './state';
