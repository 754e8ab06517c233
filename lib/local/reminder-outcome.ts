import type { Desk } from '../desk';
import type { ReminderPayload } from '../ports/reminder-scheduler';
import type { TicketStore } from '../ports/ticket-store';
import { reminderSent } from '../tickets';
import type { ReminderHandler } from './reminder-firing';

/**
 * Wraps the send-reminder handler so that `run-due` and the desk can say what each reminder
 * sent. The Lambda handler returns nothing (Scheduler ignores it), so when it reports nothing
 * the outcome is read back from the ticket, which records every reminder it sent.
 */
export function reportingReminder(
  handler: ReminderHandler,
  tickets: TicketStore,
  desk: Desk,
): ReminderHandler {
  return async (payload: ReminderPayload) => {
    const before = await tickets.get(payload.ticket);
    const result = await handler(payload);
    if (result !== undefined) return result;
    if (before === null) return { outcome: 'no-ticket', to: [] };
    if (reminderSent(before, payload.kind)) return { outcome: 'already-sent', to: [] };
    const after = await tickets.get(payload.ticket);
    if (after === null || !reminderSent(after, payload.kind)) return { outcome: 'not-needed', to: [] };
    // The customer is nudged for missing information; every other reminder goes to the operators.
    return {
      outcome: 'sent',
      to: payload.kind === 'awaiting-info' ? [after.customer] : desk.operatorAddresses,
    };
  };
}
