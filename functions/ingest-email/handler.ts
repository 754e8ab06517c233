import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SESEvent } from 'aws-lambda';
import { type IngestResult, ingestEmail } from '../../lib/tickets/intake/ingest';
import { describeError, type Observability, publishMetrics } from '../shared/observability';
import { announcedMails } from './event';
import type { IngestWiring } from './wiring';

/** The SES receipt rule's Lambda action, as built for one runtime. */
export type IngestHandler = (event: SESEvent, context?: Context) => Promise<IngestResult[]>;

function count(metrics: Metrics | undefined, result: IngestResult): void {
  if (!metrics) return;
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
 * The ingest handler over the given ports and settings: one ticket (or reply, or nothing) per
 * announced message, exactly once. Returns what became of each message: SES's Event invocation
 * ignores it, the local desk prints it.
 */
export function ingestHandler(wiring: IngestWiring, { logger, metrics }: Observability): IngestHandler {
  const { ports, settings } = wiring;
  return async (event, context) => {
    const results: IngestResult[] = [];
    try {
      for (const mail of announcedMails(event)) {
        logger.setCorrelationId(mail.sesMessageId);
        // The lease lasts as long as this invocation can: a crashed attempt's work is free for the retry.
        const leaseMs = context ? context.getRemainingTimeInMillis() + 10_000 : settings.leaseMs;
        const attempt = { id: context?.awsRequestId ?? crypto.randomUUID(), now: Date.now() };
        const result = await ingestEmail(mail, ports, attempt, { ...settings, leaseMs });
        logger.info('message ingested', { ...result });
        count(metrics, result);
        results.push(result);
      }
      return results;
    } catch (error) {
      logger.error('message not ingested: will be redelivered', describeError(error));
      throw error;
    } finally {
      publishMetrics(metrics);
    }
  };
}
