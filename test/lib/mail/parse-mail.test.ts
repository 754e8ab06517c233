import { describe, expect, it } from 'vitest';
import { hasHeaderSection, parseMail } from '../../../lib/mail';

const bytes = (text: string, encoding: BufferEncoding = 'utf8') =>
  new Uint8Array(Buffer.from(text, encoding));

const related = `From: =?ISO-8859-1?Q?Jos=E9_P=E9rez?= <Jose@Example.NET>
To: support@example.com
Reply-To: Help <Help@Example.NET>
Subject: =?UTF-8?B?UmU6IFsjMjAyNi0wMDAwNDJdIMOoIHVyZ2VudGU=?=
Message-ID: <abc@example.net>
In-Reply-To: <c@d>
References: <a@b>
 <c@d>
List-Id: Lista <list.example.net>
Content-Type: multipart/related; boundary=XX

--XX
Content-Type: text/html; charset=windows-1252
Content-Transfer-Encoding: quoted-printable

<p>Il sito =E8 rotto</p><blockquote>vecchio</blockquote><img src=3D"cid:img1">
--XX
Content-Type: image/png
Content-ID: <img1>
Content-Disposition: inline
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--XX--
`;

describe('parseMail', () => {
  it('decodes RFC 2047 subjects and names and lower-cases addresses', async () => {
    const m = await parseMail(bytes(related));
    expect(m.subject).toBe('Re: [#2026-000042] è urgente');
    expect(m.from).toEqual({ address: 'jose@example.net', name: 'José Pérez' });
    expect(m.replyTo.map((a) => a.address)).toEqual(['help@example.net']);
  });

  it('reads message ids without brackets, folded References included', async () => {
    const m = await parseMail(bytes(related));
    expect([m.messageId, m.inReplyTo, m.references]).toEqual(['abc@example.net', ['c@d'], ['a@b', 'c@d']]);
  });

  it('takes the text from the HTML part of an HTML-only multipart, in its charset', async () => {
    const m = await parseMail(bytes(related));
    expect(m.text).toContain('Il sito è rotto');
    expect(m.ownWords).toBe('Il sito è rotto');
  });

  it('keeps raw header values that mailparser would reshape', async () => {
    const m = await parseMail(bytes(related));
    expect(m.headers.get('list-id')).toEqual(['Lista <list.example.net>']);
  });

  it('lists inline cid images as inline attachments', async () => {
    const m = await parseMail(bytes(related));
    const { content, ...listed } = m.attachments[0] ?? { content: new Uint8Array() };
    expect(m.attachments).toHaveLength(1);
    expect(listed).toEqual({
      contentType: 'image/png',
      filename: null,
      inline: true,
      contentId: 'img1',
      size: 8,
    });
    // The decoded bytes are kept for forwarding: the PNG signature, not the base64 text.
    expect([...content]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('reads a root HTML body with its own converter, link targets included', async () => {
    const raw =
      'From: a@example.net\nSubject: x\nContent-Type: text/html; charset=utf-8\n\n' +
      '<p>Da ieri <a href="https://shop.example.net/cart">il carrello</a> non va.</p><blockquote>vecchio</blockquote>';
    const m = await parseMail(bytes(raw));
    expect(m.ownWords).toBe('Da ieri il carrello [https://shop.example.net/cart] non va.');
  });

  it('takes the text from text/plain alone when an HTML part sits beside it (CONTRACT section 4)', async () => {
    const raw =
      'From: a@example.net\nSubject: x\nContent-Type: multipart/mixed; boundary=M\n\n' +
      '--M\nContent-Type: text/plain\n\nIl sito non va.\n' +
      '--M\nContent-Type: text/html\n\n<p>Firma aziendale</p>\n--M--\n';
    expect((await parseMail(bytes(raw))).text.trim()).toBe('Il sito non va.');
  });

  it('reads ISO-8859-1 quoted-printable text', async () => {
    const raw =
      'From: a@example.net\nSubject: x\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nperch=E9 non va pi=F9\n';
    expect((await parseMail(bytes(raw, 'latin1'))).text.trim()).toBe('perché non va più');
  });

  it('yields a message with no Date, no Message-ID and garbage bytes', async () => {
    const m = await parseMail(bytes('Subject: \u0000\u00ff\n\nbody', 'latin1'));
    expect([m.date, m.messageId, m.text.trim()]).toEqual([null, null, 'body']);
  });
});

describe('hasHeaderSection', () => {
  it.each([
    ['a header line', 'Subject: x\n\nbody', true],
    ['an mbox From line', 'From a@example.net Mon Nov 23 10:00:00 2026\nSubject: x\n', true],
    ['plain prose', 'Hello, this is not an email\n', false],
    ['nothing', '', false],
  ])('says %s -> %s', (_name, text, expected) => {
    expect(hasHeaderSection(bytes(text))).toBe(expected);
  });
});
