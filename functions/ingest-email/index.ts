import type { Context, SESEvent } from 'aws-lambda';
import type { IngestResult } from '../../lib/tickets/intake/ingest';
import { observability } from '../shared/observability';
import { type IngestHandler, ingestHandler } from './handler';
import { ingestWiring } from './wiring';

// The Lambda function's composition root: the adapters are built once per cold start, from the
// variables the stack sets, on the first event (a missing one fails that invocation in one line).
const observed = observability('ingest-email');
let built: IngestHandler | undefined;

/** SES receipt-rule Lambda action (see ingestHandler). */
export async function handler(event: SESEvent, context?: Context): Promise<IngestResult[]> {
  built ??= ingestHandler(ingestWiring(process.env), observed);
  return built(event, context);
}
