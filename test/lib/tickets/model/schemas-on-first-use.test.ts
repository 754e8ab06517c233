import { afterEach, describe, expect, it, vi } from 'vitest';

// The stored records' and the step log's schemas are built when first read or recorded, not at
// import: a new request's cold start reads none of the ticket's or the reply's, and builds only
// those of the steps it records. Each zod call is counted through a wrapped lib/zod-mini.

const ZOD_MINI = '../../../../lib/zod-mini';

afterEach(() => {
  vi.doUnmock(ZOD_MINI);
  vi.resetModules();
});

async function countingZod(): Promise<{ calls: () => number }> {
  let calls = 0;
  vi.doMock(ZOD_MINI, async (importOriginal) => {
    const real = await importOriginal<Record<string, unknown>>();
    return Object.fromEntries(
      Object.entries(real).map(([name, value]) => [
        name,
        typeof value === 'function' && /^[a-z]/.test(name)
          ? (...args: unknown[]) => {
              calls += 1;
              return (value as (...a: unknown[]) => unknown)(...args);
            }
          : value,
      ]),
    );
  });
  return { calls: () => calls };
}

describe('the stored records and the step log', () => {
  it('build no schema at import, and each one the first time it is read', async () => {
    vi.resetModules();
    const zod = await countingZod();
    const steps = await import('../../../../lib/tickets/exactly-once/recorded-steps');
    const tickets = await import('../../../../lib/tickets/model/ticket-schema');
    const operatorSteps = await import('../../../../lib/tickets/model/operator-step');
    expect(zod.calls()).toBe(0);

    expect(steps.ROUTE.schema.safeParse({ kind: 'create', note: null }).success).toBe(true);
    const afterRoute = zod.calls();
    expect(afterRoute).toBeGreaterThan(0);
    expect(steps.sentMail('ack').schema.safeParse(['a@b']).success).toBe(true);
    expect(steps.sentMail('notice').schema.safeParse([1]).success).toBe(false);
    const afterMail = zod.calls();
    // One schema for the whole family: a second member builds nothing.
    expect(steps.sentMail('reminder').schema.safeParse([]).success).toBe(true);
    expect(zod.calls()).toBe(afterMail);

    expect(tickets.readTicket({})).toHaveProperty('problem');
    expect(operatorSteps.readOperatorStep({})).toHaveProperty('problem');
    expect(zod.calls()).toBeGreaterThan(afterMail);
  });
});
