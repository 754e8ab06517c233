import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

/**
 * Powertools logger and metrics, one of each per function. Logs carry ids, outcomes and error
 * messages only: never an email body or attachment.
 */
export function observability(serviceName: string): { logger: Logger; metrics: Metrics } {
  return {
    logger: new Logger({ serviceName }),
    metrics: new Metrics({ namespace: 'SupportDesk', serviceName }),
  };
}

/** The one line an operator needs about a failure: its class and message, no stack, no content. */
export function describeError(error: unknown): { errorName: string; errorMessage: string } {
  if (error instanceof Error) return { errorName: error.name, errorMessage: error.message };
  return { errorName: 'Error', errorMessage: String(error) };
}

/**
 * Flushes stored metrics. Skips an empty flush: Powertools warns on stderr when there is
 * nothing to publish (after a `singleMetric()`, which publishes itself), and that noise
 * would hide real warnings.
 */
export function publishMetrics(metrics: Metrics): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}
