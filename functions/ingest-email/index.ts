import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SESEvent } from 'aws-lambda';
import { type IngestResult, ingestEmail } from '../../lib/tickets/ingest';
import { describeError, observability, publishMetrics } from '../shared/observability';
import { announcedMails } from './event';
import { type IngestWiring, ingestWiring } from './wiring';

const { logger, metrics } = observability('ingest-email');
let wiring: IngestWiring | undefined;

function count(result: IngestResult): void {
  if (result.outcome === 'ignored') {
    metrics.singleMetric().addDimension('reason', result.reason).addMetric('Ignored', MetricUnit.Count, 1);
    return;
  }
  if (result.outcome === 'duplicate') {
    metrics.addMetric('Duplicates', MetricUnit.Count, 1);
    return;
  }
  metrics.addMetric(result.outcome === 'created' ? 'TicketsCreated' : 'Replies', MetricUnit.Count, 1);
  metrics.addMetric('Acknowledgements', MetricUnit.Count, result.effects.acknowledged ? 1 : 0);
  metrics.addMetric('SchedulesCreated', MetricUnit.Count, result.effects.schedulesCreated);
}

/**
 * SES receipt-rule Lambda action: one ticket (or reply, or nothing) per announced message, exactly
 * once. Returns what became of each message: SES's Event invocation ignores it, the local desk prints it.
 */
export async function handler(event: SESEvent, context?: Context): Promise<IngestResult[]> {
  wiring ??= ingestWiring(process.env);
  const { ports, settings } = wiring;
  const results: IngestResult[] = [];
  try {
    for (const mail of announcedMails(event)) {
      logger.setCorrelationId(mail.sesMessageId);
      // The lease lasts as long as this invocation can: a crashed attempt's work is free for the retry.
      const leaseMs = context ? context.getRemainingTimeInMillis() + 10_000 : settings.leaseMs;
      const attempt = { id: context?.awsRequestId ?? crypto.randomUUID(), now: Date.now() };
      const result = await ingestEmail(mail, ports, attempt, { ...settings, leaseMs });
      logger.info('message ingested', { ...result });
      count(result);
      results.push(result);
    }
    return results;
  } catch (error) {
    logger.error('message not ingested: will be redelivered', describeError(error));
    throw error;
  } finally {
    publishMetrics(metrics);
  }
}
