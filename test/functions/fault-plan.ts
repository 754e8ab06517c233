import { AwsServiceError } from '../../lib/aws/aws-http-client';

/** How an injected failure looks to the caller. */
export type FaultKind = 'throttling' | 'server-error' | 'timeout';

/**
 * Fails exactly one AWS call of a run (the `failAt`-th, counting every call to every service) in
 * the way `kind` says. A timeout of an idempotent service is the nasty variant: the request took
 * effect and only the answer was lost.
 */
export class FaultPlan {
  calls = 0;
  readonly trace: string[] = [];
  constructor(
    readonly failAt: number | null,
    readonly kind: FaultKind,
  ) {}

  /** Called around each AWS call: 'before' = fail without effect, 'after' = effect then fail, null = succeed. */
  next(call: string, canLoseAnswer: boolean): 'before' | 'after' | null {
    this.calls += 1;
    this.trace.push(call);
    if (this.calls !== this.failAt) return null;
    return this.kind === 'timeout' && canLoseAnswer ? 'after' : 'before';
  }

  /** The error the client would raise (the hand-signed clients' and the SDK's look alike: name and status). */
  error(): Error {
    if (this.kind === 'timeout')
      return Object.assign(new Error('socket timed out'), { name: 'TimeoutError' });
    const [name, status] =
      this.kind === 'throttling' ? ['ThrottlingException', 400] : ['InternalServerError', 500];
    return new AwsServiceError({ name, message: `injected ${this.kind}` }, status);
  }
}
