import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import type { ReminderPayload } from '../../lib/ports/reminder-scheduler';
import { DEFAULT_WORK_SETTINGS, type ReminderPorts } from '../../lib/tickets/deps';
import { type ReminderResult, sendReminder } from '../../lib/tickets/reminders/send-reminder';
import { describeError, type Observability, publishMetrics } from '../shared/observability';
import { reminderPayload } from './payload';

/** The EventBridge Scheduler target, as built for one runtime. */
export type ReminderHandler = (event: ReminderPayload, context?: Context) => Promise<ReminderResult>;

/**
 * The send-reminder handler over the given ports: `{ticket, kind}`; emails once unless the
 * guarded step is done. Returns the outcome: Scheduler ignores it, the local desk and
 * `reminders run-due` print it.
 */
export function reminderHandler(ports: ReminderPorts, { logger, metrics }: Observability): ReminderHandler {
  return async (event, context) => {
    try {
      const payload = reminderPayload(event);
      logger.setCorrelationId(`${payload.ticket}#${payload.kind}`);
      const attempt = { id: context?.awsRequestId ?? crypto.randomUUID(), now: Date.now() };
      const leaseMs = context ? context.getRemainingTimeInMillis() + 10_000 : DEFAULT_WORK_SETTINGS.leaseMs;
      const result = await sendReminder(payload, ports, attempt, { ...DEFAULT_WORK_SETTINGS, leaseMs });
      logger.info('reminder fired', { ...result });
      metrics
        ?.singleMetric()
        .addDimension('outcome', result.outcome)
        .addMetric('Reminders', MetricUnit.Count, 1);
      return result;
    } catch (error) {
      logger.error('reminder failed: Scheduler will retry', describeError(error));
      throw error;
    } finally {
      publishMetrics(metrics);
    }
  };
}
