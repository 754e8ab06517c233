import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

/**
 * A handler's logger and, on Lambda, its metrics. Logs carry ids, outcomes and error messages
 * only: never an email body or attachment. Without `metrics` nothing is counted (the local desk:
 * Powertools writes EMF lines to stdout, which is the desk's own report there).
 */
export interface Observability {
  readonly logger: Logger;
  readonly metrics?: Metrics;
}

/** Powertools logger and metrics of one Lambda function, configured by the runtime's variables. */
export function observability(serviceName: string): Required<Observability> {
  return {
    logger: new Logger({ serviceName }),
    metrics: new Metrics({ namespace: 'SupportDesk', serviceName }),
  };
}

/** A logger at `logLevel` and no metrics: how the local desk and the CLI run the handlers. */
export function logsOnly(serviceName: string, logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR'): Observability {
  return { logger: new Logger({ serviceName, logLevel }) };
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
export function publishMetrics(metrics: Metrics | undefined): void {
  if (metrics?.hasStoredMetrics()) metrics.publishStoredMetrics();
}
