/** A record of plain values, as the handlers' results are read here. */
type Fields = Readonly<Record<string, unknown>>;

/** What the line of a processed message shows of its ticket. */
export interface TicketFacts {
  readonly language: string;
  readonly priority: string;
}

// The ingest use case reports past-tense outcomes; the line uses the contract's words (section 4).
const OUTCOME_WORDS: Readonly<Record<string, string>> = { created: 'create', ignored: 'ignore' };

/** Language and priority when the result itself carries them (so no lookup is needed). */
export function factsOfResult(result: unknown): TicketFacts | null {
  const fields = asFields(result);
  const language = text(fields.language);
  const priority = text(fields.priority);
  return language && priority ? { language, priority } : null;
}

/** The ticket number an ingest result names, if any. */
export function ticketOfResult(result: unknown): string | null {
  return text(asFields(result).ticket) ?? null;
}

/**
 * One line for a processed message: `mail <ticket> <outcome> <language> <priority> <SES id>`,
 * or `mail - ignore <reason> <SES id>`; fields the handler did not report show `-`.
 */
export function describeIngest(messageId: string, result: unknown, ticket: TicketFacts | null): string {
  const fields = asFields(result);
  const reported = text(fields.outcome) ?? 'processed';
  const outcome = OUTCOME_WORDS[reported] ?? reported;
  const detail =
    outcome === 'ignore'
      ? [text(fields.reason) ?? '-']
      : outcome === 'duplicate'
        ? []
        : [ticket?.language ?? '-', ticket?.priority ?? '-'];
  return ['mail', ticketOfResult(result) ?? '-', outcome, ...detail, messageId].join(' ');
}

function asFields(value: unknown): Fields {
  return typeof value === 'object' && value !== null ? (value as Fields) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
