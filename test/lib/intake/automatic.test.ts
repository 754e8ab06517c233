import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk';
import { automaticReason } from '../../../lib/intake';
import { testMail } from './mail-builder';

const desk = defaultDesk();

describe('automaticReason', () => {
  it.each([
    ['virus before spam', { 'X-SES-Virus-Verdict': 'FAIL', 'X-SES-Spam-Verdict': 'FAIL' }, 'virus'],
    ['spam before loop', { 'X-SES-Spam-Verdict': 'FAIL', 'X-Loop': 'support@example.com' }, 'spam'],
    ['loop before bounce', { 'X-Loop': 'support@example.com', 'Return-Path': '<>' }, 'loop'],
    ['bounce before auto-reply', { 'Return-Path': '<>', 'Auto-Submitted': 'auto-generated' }, 'bounce'],
    [
      'auto-reply before list',
      { 'Auto-Submitted': 'auto-replied', 'List-Id': '<l.example.net>' },
      'auto-reply',
    ],
    ['list before bulk', { Precedence: 'list' }, 'list'],
    ['bulk', { Precedence: 'bulk' }, 'bulk'],
    ['PASS verdicts as a person', { 'X-SES-Spam-Verdict': 'PASS', 'X-SES-Virus-Verdict': 'PASS' }, null],
    ['Auto-Submitted: no as a person', { 'Auto-Submitted': 'no' }, null],
    ['a named Return-Path as a person', { 'Return-Path': '<mario.rossi@example.net>' }, null],
  ] as const)('ranks %s', async (_name, headers, reason) => {
    expect(automaticReason(await testMail({ headers }), desk)).toBe(reason);
  });

  it.each([
    ['postmaster@example.net', 'bounce'],
    ['noreply@example.net', 'auto-reply'],
    ['do-not-reply@example.net', 'auto-reply'],
    ['SUPPORT@example.com', 'loop'],
  ] as const)('treats mail from %s as %s', async (from, reason) => {
    expect(automaticReason(await testMail({ from }), desk)).toBe(reason);
  });

  it.each([
    ['Risposta automatica: Re: [#2026-000042]', 'auto-reply'],
    ['Out of Office: ticket', 'auto-reply'],
    ['Assenza di connessione al gestionale', null],
  ] as const)('reads the subject %j as %s', async (subject, reason) => {
    expect(automaticReason(await testMail({ subject }), desk)).toBe(reason);
  });
});
