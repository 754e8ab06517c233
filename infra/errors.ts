/** Base of every error the CDK app reports to the operator as one line, never as a stack trace. */
export class InfraError extends Error {
  override name = 'InfraError';
}

/** A CDK context value (from cdk.json or `-c key=value`) is missing or malformed. */
export class DeskContextError extends InfraError {
  override name = 'DeskContextError';

  constructor(
    /** The context key at fault, as the operator types it. */
    readonly key: string,
    /** What is wrong with it, including the offending value. */
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    // One line whatever the detail quotes (a JSON parser's message can span lines).
    super(`cdk context "${key}": ${detail.replace(/\s+/g, ' ')}`, options);
  }
}
