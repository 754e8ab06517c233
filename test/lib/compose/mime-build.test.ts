import fc from 'fast-check';
import MailComposer from 'nodemailer/lib/mail-composer';
import { Encoder as QpEncoder } from 'nodemailer/lib/qp';
import { describe, expect, it } from 'vitest';
import { buildSinglePart, quotedPrintableText } from '../../../lib/compose/mime-build';
import {
  deskHeaders,
  mimeComposer,
  type OutgoingEmail,
  outgoingEmail,
} from '../../../lib/compose/outgoing-email';

// buildSinglePart must write exactly what nodemailer's stream build writes for the same node.

async function bothBuilds(
  composer: () => MailComposer,
): Promise<{ streamed: Buffer; direct: Buffer | undefined }> {
  const streamed = await composer().compile().build();
  const direct = buildSinglePart(composer().compile());
  return { streamed, direct };
}

// Text that exercises Quoted-Printable: non-ASCII, long lines, trailing blanks, lone CR and LF,
// '=' signs, tabs, empty lines, and no final newline.
const textPiece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '\n',
    '\r\n',
    '\r',
    ' \n',
    '\t\r\n',
    '=',
    '=\n',
    ' ',
    '  ',
    'è',
    'perché',
    '😀',
    '.\n',
    'From x\n',
  ),
  fc.string({ unit: fc.constantFrom('a', ' ', 'é', '\n'), minLength: 70, maxLength: 200 }),
);
const text = fc.array(textPiece, { maxLength: 25 }).map((parts) => parts.join(''));
const headerText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.constantFrom('Richiesta n. 2026-000123: è urgente', ''),
);

interface EmailFields {
  readonly subject: string;
  readonly text: string;
  readonly to: string[];
  readonly inReplyTo: string | null;
  readonly sentAt: number;
}

const email: fc.Arbitrary<EmailFields> = fc.record({
  subject: headerText,
  text,
  to: fc.array(fc.constantFrom('anna@example.net', '"Rossi, Mario" <mario@example.it>', 'zoë@exämple.de'), {
    minLength: 1,
    maxLength: 3,
  }),
  inReplyTo: fc.option(fc.constantFrom('abc@mail.example.net', 'x.y@z'), { nil: null }),
  sentAt: fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2099-12-31T23:59:59Z') }),
});

function deskEmail(fields: EmailFields): OutgoingEmail {
  return outgoingEmail({
    from: 'Support <support@example.com>',
    to: fields.to,
    subject: fields.subject,
    language: 'it',
    headers: deskHeaders({
      messageId: 'id-1@support.example.com',
      inReplyTo: fields.inReplyTo,
      references: [],
    }),
    text: fields.text,
  });
}

describe('buildSinglePart', () => {
  it("writes the desk's emails byte for byte as nodemailer's stream build", async () => {
    await fc.assert(
      fc.asyncProperty(email, async (fields) => {
        const { streamed, direct } = await bothBuilds(() => mimeComposer(deskEmail(fields), fields.sentAt));
        expect(direct?.toString('latin1')).toBe(streamed.toString('latin1'));
      }),
      { numRuns: 400 },
    );
  });

  it('writes 7bit, 8bit and base64 text and an empty body as nodemailer does, or declines', async () => {
    const cases: Array<ConstructorParameters<typeof MailComposer>[0]> = [
      {
        from: 'a@b.c',
        to: 'd@e.f',
        subject: 'plain',
        text: 'short ASCII lines\r\nonly\n',
        date: 'Tue, 1 Dec 2026 09:00:00 +0000',
        messageId: '<m@b.c>',
      },
      {
        from: 'a@b.c',
        to: 'd@e.f',
        subject: 'empty',
        text: '',
        date: 'Tue, 1 Dec 2026 09:00:00 +0000',
        messageId: '<m@b.c>',
      },
      {
        from: 'a@b.c',
        to: 'd@e.f',
        subject: 'b64',
        text: 'ЖЖЖЖЖЖЖЖ ЖЖЖЖ',
        textEncoding: 'base64',
        date: 'Tue, 1 Dec 2026 09:00:00 +0000',
        messageId: '<m@b.c>',
      },
      {
        from: 'a@b.c',
        to: 'd@e.f',
        subject: 'ends in CR',
        text: 'x\r',
        date: 'Tue, 1 Dec 2026 09:00:00 +0000',
        messageId: '<m@b.c>',
      },
    ];
    const written: Array<string | undefined> = [];
    for (const options of cases) {
      const { streamed, direct } = await bothBuilds(() => new MailComposer(options));
      written.push(direct?.toString('latin1'));
      if (direct !== undefined) expect(direct.toString('latin1')).toBe(streamed.toString('latin1'));
    }
    // Base64 text is left to nodemailer; the others are written directly.
    expect(written.map((w) => w !== undefined)).toEqual([true, true, false, true]);
  });

  it('declines a message with attachments or another part, which nodemailer builds', () => {
    const withFile = new MailComposer({
      from: 'a@b.c',
      to: 'd@e.f',
      text: 'see attached',
      attachments: [{ filename: 'x.txt', content: 'x' }],
    });
    const alternative = new MailComposer({ from: 'a@b.c', to: 'd@e.f', text: 'x', html: '<p>x</p>' });
    expect(buildSinglePart(withFile.compile())).toBeUndefined();
    expect(buildSinglePart(alternative.compile())).toBeUndefined();
  });
});

/** What nodemailer's own Quoted-Printable stream makes of `bytes` written as one chunk. */
function streamedQp(bytes: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const encoder = new QpEncoder();
    const out: Buffer[] = [];
    encoder.on('data', (chunk: Buffer) => out.push(chunk));
    encoder.on('end', () => resolve(Buffer.concat(out)));
    encoder.on('error', reject);
    encoder.end(bytes);
  });
}

describe('quotedPrintableText', () => {
  const piece = fc.oneof(
    fc.constantFrom(' ', '  ', '\t', '\r\n', '\n', '\r', '=', '==', 'é', 'città', '€', '😀', '.', ',', '?'),
    fc.constantFrom('a', 'parola', 'x'.repeat(90), 'ü'.repeat(40), '=3D'),
    fc.string({ maxLength: 12 }),
  );

  it("encodes texts byte for byte as nodemailer's encoder stream", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 60 }), async (pieces) => {
        const bytes = Buffer.from(pieces.join(''));
        expect(quotedPrintableText(bytes).toString('latin1')).toBe(
          (await streamedQp(bytes)).toString('latin1'),
        );
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['trailing blanks', 'riga con spazi   \t'],
    ['blanks before line breaks', 'uno  \r\ndue\t\nfine'],
    ['a long line of two-byte letters', 'è'.repeat(200)],
    ['only blanks', '   '],
  ])('encodes %s as the stream does', async (_name, text) => {
    const bytes = Buffer.from(text);
    expect(quotedPrintableText(bytes).toString('latin1')).toBe((await streamedQp(bytes)).toString('latin1'));
  });
});
