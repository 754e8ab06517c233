import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeAcknowledgement, headerSafe, renderMime } from '../../../lib/compose';
import { defaultDesk } from '../../../lib/desk';
import { type ActDecision, decide } from '../../../lib/intake';
import { type TestMail, testMail } from '../intake/mail-builder';

const desk = defaultDesk();
const monday = Date.parse('2026-11-23T10:00:00+01:00');

async function decided(mail: TestMail): Promise<ActDecision> {
  const decision = decide(await testMail(mail), desk, monday);
  if (decision.outcome === 'ignore') throw new Error('fixture was ignored');
  return decision;
}

describe('composeAcknowledgement', () => {
  it('renders MIME that threads to the customer and marks itself auto-replied', async () => {
    const email = composeAcknowledgement({
      desk,
      decision: await decided({ subject: 'Re: Sito lento' }),
      ticketNumber: '2026-000042',
    });
    const parsed = await simpleParser(Buffer.from(await renderMime(email!, monday)));
    expect([
      parsed.subject,
      parsed.inReplyTo,
      parsed.headers.get('auto-submitted'),
      parsed.headers.get('x-auto-response-suppress'),
    ]).toEqual(['[#2026-000042] Sito lento', '<t1@example.net>', 'auto-replied', 'All']);
    expect(parsed.messageId).toMatch(/^<2026-000042\.ack\.[0-9a-f]{20}@example\.com>$/);
  });

  it('lists exactly what is missing and how to send it, in English for an English request', async () => {
    const email = composeAcknowledgement({
      desk,
      decision: await decided({
        subject: 'Login fails',
        body: 'Since this morning at 9:15 I cannot log in to the shop, it says the password is wrong.',
      }),
      ticketNumber: '2026-000042',
    });
    expect(email?.language).toBe('en');
    expect(email?.text).toContain(
      '- the address (URL) of the page concerned\n- a screenshot showing the problem\n- the browser you use',
    );
    expect(email?.text).toContain('Please reply to this email, keeping [#2026-000042] in the subject');
  });

  it('keeps CR/LF smuggled in the subject and display name out of every header', async () => {
    const mail = {
      subject: '=?UTF-8?Q?Ciao=0D=0ABcc:_victim@example.org?=',
      from: '"=?UTF-8?Q?Eve=0D=0AX-Evil:_1?=" <eve@example.net>',
    };
    const raw = Buffer.from(
      await renderMime(
        composeAcknowledgement({ desk, decision: await decided(mail), ticketNumber: '2026-000001' })!,
        monday,
      ),
    ).toString('latin1');
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(head).not.toMatch(/^(Bcc|X-Evil):/im);
    expect((await simpleParser(raw)).subject).toBe('[#2026-000001] Ciao Bcc: victim@example.org');
  });

  it('is null when there is nobody to answer', async () => {
    const decision = { ...(await decided({})), acknowledgement: null };
    expect(composeAcknowledgement({ desk, decision, ticketNumber: '2026-000001' })).toBeNull();
  });
});

describe('headerSafe', () => {
  it.each([
    ['a\r\nb', 'a b'],
    ['a\u0000b\u007f\u0085c', 'a b c'],
    ['line\u2028sep', 'line sep'],
    ['  many   blanks ', 'many blanks'],
  ])('turns %j into %j', (text, expected) => {
    expect(headerSafe(text)).toBe(expected);
  });

  it('caps long text with an ellipsis', () => {
    expect(headerSafe('x'.repeat(500))).toHaveLength(160);
  });
});
