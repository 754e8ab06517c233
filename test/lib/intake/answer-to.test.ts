import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk';
import { automaticReason, decide } from '../../../lib/intake';
import { answerAddress } from '../../../lib/intake/answer-to';
import { testMail } from './mail-builder';

const desk = defaultDesk();
const at = Date.parse('2026-11-23T10:00:00+01:00');

describe('answerAddress', () => {
  it.each([
    ['a personal Reply-To', 'a@example.net', { 'Reply-To': 'Bea <bea@example.net>' }, 'bea@example.net'],
    [
      'the From when Reply-To holds two addresses',
      'a@example.net',
      { 'Reply-To': 'b@example.net, c@example.net' },
      'a@example.net',
    ],
    [
      'the From when Reply-To is a no-reply',
      'a@example.net',
      { 'Reply-To': 'noreply@example.net' },
      'a@example.net',
    ],
    [
      'the From when Reply-To is the desk',
      'a@example.net',
      { 'Reply-To': 'support@example.com' },
      'a@example.net',
    ],
    [
      'the From when Reply-To is a list robot',
      'a@example.net',
      { 'Reply-To': 'utenti-request@lists.example.net' },
      'a@example.net',
    ],
    [
      'the From when the Reply-To address is an encoded word',
      'a@example.net',
      { 'Reply-To': '=?utf-8?Q?agent?=@example.com' },
      'a@example.net',
    ],
    ['nobody for a postmaster From', 'postmaster@example.net', {}, null],
    ['nobody for a no-reply From without Reply-To', 'no-reply@example.net', {}, null],
    ['an info@ mailbox: a role name a person reads', 'info@example.net', {}, 'info@example.net'],
  ] as const)('answers %s', async (_name, from, headers, expected) => {
    expect(answerAddress(await testMail({ from, headers }), desk)).toBe(expected);
  });
});

describe('decide, on whom to answer', () => {
  it('plans an acknowledgement to one address however many Reply-To addresses there are', async () => {
    const many = Array.from({ length: 200 }, (_, i) => `v${i}@example.org`).join(', ');
    const d = decide(await testMail({ headers: { 'Reply-To': many } }), desk, at);
    expect(d.outcome !== 'ignore' && d.acknowledgement?.to).toEqual(['mario.rossi@example.net']);
  });

  it('plans no acknowledgement at all when there is nobody to answer', async () => {
    const d = decide(await testMail({ from: 'Mario Rossi' }), desk, at);
    expect(d.outcome !== 'ignore' && d.acknowledgement).toBe(null);
  });

  it('takes a contact form’s no-reply From with a personal Reply-To for a request (policy B)', async () => {
    const m = await testMail({
      from: 'no-reply@forms.example.com',
      headers: { 'Reply-To': 'laura@example.net' },
    });
    expect(automaticReason(m, desk)).toBe(null);
    expect(decide(m, desk, at).customer).toBe('laura@example.net');
  });

  it('leaves a garbled subject out of the acknowledgement instead of echoing U+FFFD', async () => {
    const d = decide(await testMail({ subject: 'Ordine n\ufffd 12' }), desk, at);
    expect(d.outcome !== 'ignore' && d.acknowledgement?.subject).toBe('');
  });

  it('answers nobody and promises no contract terms to a sender failing SPF and DKIM', async () => {
    const m = await testMail({});
    const d = decide(m, desk, at, { spf: 'fail', dkim: 'fail', dmarc: 'none' });
    expect(d.outcome !== 'ignore' && [d.verified, d.acknowledgement, d.ticket.terms]).toEqual([
      false,
      null,
      desk.noContract,
    ]);
  });
});
