import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { INTERNAL_MARKER } from '../../../lib/compose/internal-marker';
import { noticeRootId } from '../../../lib/compose/notice-thread';
import { NOTICE_WORDS_MAX_BYTES } from '../../../lib/compose/notice-words';
import { composeOperatorNotice, type NoticeFacts } from '../../../lib/compose/operator-notice';
import { renderMime } from '../../../lib/compose/outgoing-email';
import { DEFAULT_DESK_FILE, defaultDesk } from '../../../lib/desk/default-desk';
import { parseDesk } from '../../../lib/desk/parse-desk';
import { aTicket, NO_CONTRACT_TERMS } from '../tickets/fixtures';

const italian = defaultDesk();
const english = parseDesk({ ...DEFAULT_DESK_FILE, operatorLanguage: 'en' }, 'english operators');
const receivedAt = Date.parse('2026-11-23T10:00:00+01:00');

const ROME_TERMS = { ...NO_CONTRACT_TERMS, calendarId: 'rome' };
const ticket = aTicket({
  subject: 'Errore nella pagina di login',
  calendarId: 'rome',
  terms: { ...ROME_TERMS, name: 'Rossi S.p.A.', tier: 'premium', contract: true, credits: 7 },
  deadlines: {
    takeCharge: Date.parse('2026-11-23T18:00:00+01:00'),
    resolution: Date.parse('2026-11-30T10:00:00+01:00'),
  },
  missingFields: ['screenshot', 'browser'],
});

const facts = (over: Partial<NoticeFacts> = {}): NoticeFacts => ({
  event: 'created',
  at: receivedAt,
  seed: 'ingest#ses-1',
  sender: { name: 'Anna Rossi', verified: true },
  words: 'La pagina di login risponde 500.\nDa stamattina.',
  attachments: [{ filename: 'screen.png', contentType: 'image/png', size: 2048, inline: false }],
  to: ['operators@example.com'],
  ...over,
});

describe('composeOperatorNotice: who gets it and how it is marked', () => {
  it('goes from the support address to the operators, Reply-To the desk, in the operators language', () => {
    const email = composeOperatorNotice(english, ticket, facts());
    expect(email).toMatchObject({
      from: 'support@example.com',
      to: ['operators@example.com'],
      language: 'en',
      subject: '[#2026-000001] New ticket: Errore nella pagina di login',
    });
    expect(email.headers['Reply-To']).toBe('support@example.com');
    expect(email.headers['Auto-Submitted']).toBe('auto-replied');
  });

  it('goes to exactly the recipients the caller names (compose applies no team rule of its own)', () => {
    const email = composeOperatorNotice(
      english,
      ticket,
      facts({ to: ['oncall@example.com', 'team@example.com'] }),
    );
    expect(email.to).toEqual(['oncall@example.com', 'team@example.com']);
  });

  it.each([italian, english])('starts with the internal marker line (%#)', (desk) => {
    const email = composeOperatorNotice(desk, ticket, facts());
    expect(email.text.split('\n')[0]).toBe(INTERNAL_MARKER);
  });

  it('writes Italian for a desk whose operators read Italian, whatever the ticket language', () => {
    const email = composeOperatorNotice(italian, { ...ticket, language: 'en' }, facts());
    expect(email.language).toBe('it');
    expect(email.subject).toBe('[#2026-000001] Nuovo ticket: Errore nella pagina di login');
  });
});

describe('composeOperatorNotice: what it says', () => {
  it('names the customer, the terms, the priority, the deadlines in the calendar zone and what is missing (English)', () => {
    const { text } = composeOperatorNotice(english, ticket, facts());
    expect(text).toContain(
      'New ticket 2026-000001 from anna@example.net, received Monday 23 November 2026 at 10:00 (Europe/Rome, UTC+1).',
    );
    expect(text).toContain('Customer: anna@example.net\n');
    expect(text).toContain('Name: Rossi S.p.A.\n');
    expect(text).toContain('Tier: premium, contract: yes, credits: 7\n');
    expect(text).toContain('Flags: none\n');
    expect(text).toContain('Priority: P3 (impact medium, urgency medium)\n');
    expect(text).toContain('Take charge by: Monday 23 November 2026 at 18:00 (Europe/Rome, UTC+1)\n');
    expect(text).toContain('Resolution by: Monday 30 November 2026 at 10:00 (Europe/Rome, UTC+1)\n');
    expect(text).toContain('Missing: screenshot; browser\n');
    expect(text).toContain("Customer's words:\nLa pagina di login risponde 500.\nDa stamattina.\n");
    expect(text).toContain('Attachments:\n- screen.png (image/png, 2.0 KiB)\n');
  });

  it('says the same in Italian', () => {
    const { text } = composeOperatorNotice(italian, ticket, facts());
    expect(text).toContain(
      'Nuovo ticket 2026-000001 da anna@example.net, ricevuto lunedì 23 novembre 2026 alle 10:00',
    );
    expect(text).toContain('Cliente: anna@example.net\n');
    expect(text).toContain('Livello: premium, contratto: sì, crediti: 7\n');
    expect(text).toContain('Segnalazioni: nessuna\n');
    expect(text).toContain('Priorità: P3 (impatto media, urgenza media)\n');
    expect(text).toContain(
      'Presa in carico entro: lunedì 23 novembre 2026 alle 18:00 (Europe/Rome, UTC+1)\n',
    );
    expect(text).toContain('Mancano: screenshot; browser\n');
    expect(text).toContain('Testo del cliente:\nLa pagina di login risponde 500.');
    expect(text).toContain('Allegati:\n- screen.png (image/png, 2.0 KiB)\n');
  });

  it("takes the sender's display name when the desk knows no customer name", () => {
    const unknown = { ...ticket, terms: ROME_TERMS };
    const { text } = composeOperatorNotice(english, unknown, facts());
    expect(text).toContain('Name: Anna Rossi\n');
    expect(text).toContain('Tier: standard, contract: no\n');
  });

  it('names every flag that is set, the unverified sender included', () => {
    const flagged = { ...ticket, urgent: true, blocking: true, outOfHours: true, bestEffort: true };
    const { text } = composeOperatorNotice(
      english,
      flagged,
      facts({ sender: { name: null, verified: false } }),
    );
    expect(text).toContain(
      'Flags: URGENT, blocking, out of hours, best effort (no guaranteed times), unverified sender (SPF/DKIM/DMARC): the From may be forged\n',
    );
  });

  it('shows a dash for deadlines not set and nothing missing as none', () => {
    const open = { ...ticket, missingFields: [], deadlines: { takeCharge: null, resolution: null } };
    const { text } = composeOperatorNotice(english, open, facts());
    expect(text).toContain('Take charge by: -\nResolution by: -\n');
    expect(text).toContain('Missing: none\n');
  });

  it('lists attachments by name and size, unnamed and inline ones too, and no more than twenty', () => {
    const many = Array.from({ length: 23 }, (_, i) => ({
      filename: i === 0 ? null : `f${i}.txt`,
      contentType: 'text/plain',
      size: i === 1 ? 3 * 1024 * 1024 : 10,
      inline: i === 2,
    }));
    const { text } = composeOperatorNotice(english, ticket, facts({ attachments: many }));
    expect(text).toContain('- (unnamed) (text/plain, 10 B)\n- f1.txt (text/plain, 3.0 MiB)\n');
    expect(text).toContain('- f2.txt (text/plain, 10 B, inline)\n');
    expect(text).toContain('- f19.txt (text/plain, 10 B)\n... and 3 more\n');
    expect(text).not.toContain('f20.txt');
  });

  it('ends with how to answer: the token and every command, in the operators language with the other one named', () => {
    const en = composeOperatorNotice(english, ticket, facts()).text;
    expect(en).toContain('Reply to this email keeping [#2026-000001] in the subject.');
    for (const command of ['#take [ISO]', '#expect ISO', '#resolve', '#close', '#reopen', '#ask', '#note']) {
      expect(en).toContain(`  ${command}`);
    }
    expect(en).toContain('#priority P1..P4');
    expect(en).toContain('#assign ADDRESS');
    expect(en).toContain('#category CATEGORY');
    expect(en).toContain('#billable');
    expect(en).toContain('#systems TEXT');
    expect(en).toContain('#waive FIELD');
    expect(en).toContain('#escalate TEAM');
    expect(en).toContain('  #start');
    expect(en).toContain(
      'The Italian commands work too: #presa, #inizio, #prevista, #risolto, #chiudi, #riapri, #chiedi, #nota, #priorita, #assegna, #categoria, #fatturabile, #sistemi, #deroga, #scala.',
    );
    const it = composeOperatorNotice(italian, ticket, facts()).text;
    expect(it).toContain("Rispondete a questa email lasciando [#2026-000001] nell'oggetto.");
    for (const command of [
      '#presa [ISO]',
      '#prevista ISO',
      '#risolto',
      '#chiudi',
      '#riapri',
      '#chiedi',
      '#nota',
    ]) {
      expect(it).toContain(`  ${command}`);
    }
    expect(it).toContain('#priorita P1..P4');
    expect(it).toContain('#assegna INDIRIZZO');
    expect(it).toContain('#scala TEAM');
    expect(it).toContain(
      'Valgono anche i comandi inglesi: #take, #start, #expect, #resolve, #close, #reopen',
    );
    expect(it.indexOf('Come rispondere')).toBeGreaterThan(it.indexOf('Testo del cliente'));
  });

  it.each([
    ['appended', 'Customer anna@example.net wrote on ticket 2026-000001 on Monday', 'The customer wrote'],
    ['still-missing', 'but information is still missing', 'Customer replied, information still missing'],
    ['completed', 'the service clock starts from this reply', 'Request completed by the customer'],
    ['reopened', 'which was resolved: the ticket is reopened', 'Reopened by the customer'],
  ] as const)('says what happened for a customer message that %s', (event, line, subject) => {
    const email = composeOperatorNotice(english, ticket, facts({ event }));
    expect(email.text).toContain(line);
    expect(email.subject).toBe(`[#2026-000001] ${subject}: Errore nella pagina di login`);
  });
});

describe("composeOperatorNotice: the customer's words are hostile", () => {
  it('removes control characters but newline and tab, terminal escapes and bidi overrides included', () => {
    const words = 'riga\tuno\r\nriga\u001b[2J due\u0007\u0000\u202e fine\rok\u009b';
    const { text } = composeOperatorNotice(english, ticket, facts({ words }));
    expect(text).toContain('riga\tuno\nriga[2J due fine\nok\n');
    const unsafe = [...text].filter((c) => c !== '\n' && c !== '\t' && /\p{Cc}|\u202e/u.test(c));
    expect(unsafe).toEqual([]);
  });

  it('quotes at most 8 KiB of them and says they were cut', () => {
    const words = `${'è'.repeat(NOTICE_WORDS_MAX_BYTES)}TAIL`;
    const { text } = composeOperatorNotice(english, ticket, facts({ words }));
    expect(text).not.toContain('TAIL');
    expect(text).toContain("[... text cut at 8 KiB: the whole message is in the ticket's history]");
    expect(new TextEncoder().encode(text).length).toBeLessThan(NOTICE_WORDS_MAX_BYTES + 4000);
    expect(text).not.toContain('\ufffd');
  });

  it('says there was no text', () => {
    expect(composeOperatorNotice(english, ticket, facts({ words: ' \r\n ' })).text).toContain(
      "Customer's words:\n(no text)\n",
    );
  });

  it('cannot add header fields through the subject, the sender name or an attachment name', async () => {
    const hostile = {
      ...ticket,
      subject: 'Help\r\nBcc: eve@example.org\r\nX-Injected: 1',
      terms: ROME_TERMS,
    };
    const email = composeOperatorNotice(
      english,
      hostile,
      facts({
        sender: { name: 'Eve\r\nBcc: eve@example.org', verified: true },
        attachments: [
          { filename: 'a\r\nBcc: eve@example.org', contentType: 'text/plain', size: 1, inline: false },
        ],
      }),
    );
    expect(email.subject).toBe('[#2026-000001] New ticket: Help Bcc: eve@example.org X-Injected: 1');
    expect(email.text).toContain('Name: Eve Bcc: eve@example.org\n');
    const raw = new TextDecoder().decode(await renderMime(email, receivedAt));
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(head).not.toMatch(/^(Bcc|X-Injected):/im);
    const parsed = await simpleParser(Buffer.from(raw));
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.to).toMatchObject({ value: [{ address: 'operators@example.com' }] });
    expect(parsed.replyTo).toMatchObject({ value: [{ address: 'support@example.com' }] });
  });
});

describe('composeOperatorNotice: an urgent request out of hours', () => {
  const urgent = { ...ticket, urgent: true, outOfHours: true };

  it.each([
    [italian, '[#2026-000001] URGENTE FUORI ORARIO - Nuovo ticket: Errore nella pagina di login'],
    [english, '[#2026-000001] URGENT OUT OF HOURS - New ticket: Errore nella pagina di login'],
  ])('is flagged in the subject and marked important (%#)', (desk, subject) => {
    const email = composeOperatorNotice(desk, urgent, facts());
    expect(email.subject).toBe(subject);
    expect(email.headers).toMatchObject({ Importance: 'high', 'X-Priority': '1' });
  });

  it('is not flagged when only urgent, or for a later message on the ticket', async () => {
    const inHours = composeOperatorNotice(english, { ...urgent, outOfHours: false }, facts());
    const later = composeOperatorNotice(english, urgent, facts({ event: 'appended' }));
    for (const email of [inHours, later]) {
      expect(email.subject).not.toContain('URGENT OUT OF HOURS');
      expect(email.headers.Importance).toBeUndefined();
      expect(email.headers['X-Priority']).toBeUndefined();
    }
  });

  it('carries the importance headers into the MIME message', async () => {
    const raw = new TextDecoder().decode(
      await renderMime(composeOperatorNotice(english, urgent, facts()), 0),
    );
    expect(raw).toMatch(/^Importance: high$/m);
    expect(raw).toMatch(/^X-Priority: 1$/m);
  });
});

describe('composeOperatorNotice: one thread per ticket', () => {
  it('makes the created-notice the root: its Message-ID depends on the ticket alone, with no In-Reply-To', () => {
    const first = composeOperatorNotice(english, ticket, facts({ seed: 'a' }));
    const again = composeOperatorNotice(english, ticket, facts({ seed: 'b' }));
    expect(first.headers['Message-ID']).toBe(`<${noticeRootId(english, '2026-000001')}>`);
    expect(again.headers['Message-ID']).toBe(first.headers['Message-ID']);
    expect(first.headers['In-Reply-To']).toBeUndefined();
    expect(first.headers.References).toBeUndefined();
  });

  it('threads a later notice on the root and the latest notices, never on itself', () => {
    const root = noticeRootId(english, '2026-000001');
    const threaded = { ...ticket, noticeIds: [root, 'n2@example.com', 'n3@example.com'] };
    const email = composeOperatorNotice(
      english,
      threaded,
      facts({ event: 'appended', seed: 'ingest#ses-4' }),
    );
    expect(email.headers['In-Reply-To']).toBe(`<${root}>`);
    expect(email.headers.References).toBe(`<${root}> <n2@example.com> <n3@example.com>`);
    const own = email.headers['Message-ID']?.slice(1, -1) ?? '';
    const retried = composeOperatorNotice(
      english,
      { ...threaded, noticeIds: [...threaded.noticeIds, own] },
      facts({ event: 'appended', seed: 'ingest#ses-4' }),
    );
    expect(retried.headers).toEqual(email.headers);
  });

  it.each([
    ['the same message', 'ingest#ses-4', true],
    ['another message', 'ingest#ses-5', false],
  ])('keeps a later notice’s Message-ID stable for %s', (_, seed, same) => {
    const id = (s: string) =>
      composeOperatorNotice(english, ticket, facts({ event: 'appended', seed: s })).headers['Message-ID'];
    expect(id(seed) === id('ingest#ses-4')).toBe(same);
  });
});
