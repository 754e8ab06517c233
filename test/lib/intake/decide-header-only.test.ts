import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk';
import { decide } from '../../../lib/intake';
import { testMail } from './mail-builder';

const MONDAY_10 = Date.parse('2026-03-02T09:00:00Z');

describe('decide, on a message read from its headers only', () => {
  it('asks for nothing and starts the clock: the fields were probably in the part not read', async () => {
    const desk = defaultDesk();
    const mail = await testMail({ subject: 'Errore in fattura', body: '' });
    const full = decide(mail, desk, MONDAY_10);
    const headerOnly = decide(mail, desk, MONDAY_10, undefined, { headerOnly: true });
    if (full.outcome === 'ignore' || headerOnly.outcome === 'ignore') throw new Error('not acted on');
    expect(full.status).toBe('awaiting-info');
    expect(full.plan.deadlines.takeCharge).toBeNull();
    expect(headerOnly).toMatchObject({ status: 'open', ticket: { missingFields: [], presentFields: [] } });
    expect(headerOnly.plan.deadlines.takeCharge).toBeGreaterThan(MONDAY_10);
    expect(headerOnly.plan.reminders.map((r) => r.kind)).not.toContain('awaiting-info');
  });
});
