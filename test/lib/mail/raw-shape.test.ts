import { describe, expect, it } from 'vitest';
import { hasHeaderSection, inShape, parseMail } from '../../../lib/mail';
import { headerStart } from '../../../lib/mail/raw-shape';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const text = (raw: Uint8Array) => Buffer.from(raw).toString('latin1');

describe('inShape', () => {
  it.each([
    ['a whitespace-only first line', ' \t\nSubject: x\n\nbody'],
    ['blank lines first', '\n\r\n\nSubject: x\n\nbody'],
    ['an mbox "From " line', 'From a@example.net Mon Nov 23 10:00:00 2026\nSubject: x\n\nbody'],
    ['a stray line without a colon', 'exported by some tool\nSubject: x\n\nbody'],
  ])('drops %s before the first header field', (_name, raw) => {
    expect(text(inShape(bytes(raw)))).toBe('Subject: x\n\nbody');
  });

  it('turns bare-CR line ends into LF', () => {
    expect(text(inShape(bytes('Subject: x\rFrom: a@example.net\r\rbody\r')))).toBe(
      'Subject: x\nFrom: a@example.net\n\nbody\n',
    );
  });

  it('leaves CRLF messages, and a stray CR in a CRLF body, alone', () => {
    const raw = 'Subject: x\r\n\r\nbody \r with a stray CR\r\n';
    expect(text(inShape(bytes(raw)))).toBe(raw);
  });

  it('returns bytes with no header field near the start unchanged', () => {
    const prose = 'Hello,\nthis is not an email\n';
    expect(text(inShape(bytes(prose)))).toBe(prose);
    expect(headerStart(bytes(prose))).toBe(-1);
  });

  it('gives up after eight leading lines: a header deep in prose is no header section', () => {
    expect(hasHeaderSection(bytes(`${'prose line\n'.repeat(9)}Subject: x\n`))).toBe(false);
    expect(hasHeaderSection(bytes(`${'prose line\n'.repeat(7)}Subject: x\n`))).toBe(true);
  });
});

describe('parseMail on mail in odd shapes', () => {
  it('reads the headers of a message with a whitespace-only first line', async () => {
    const m = await parseMail(bytes(' \nFrom: a@example.net\nSubject: hi\n\nbody\n'));
    expect([m.from?.address, m.subject, [...m.headers.keys()].includes('')]).toEqual([
      'a@example.net',
      'hi',
      false,
    ]);
  });

  it('reads the subject and body of a CR-only message', async () => {
    const m = await parseMail(bytes('From: a@example.net\rSubject: hello\r\rbody here\r'));
    expect([m.subject, m.text.trim()]).toEqual(['hello', 'body here']);
  });

  it('repairs a UTF-8 subject declared as ISO-8859-1', async () => {
    const m = await parseMail(bytes('Subject: =?iso-8859-1?Q?Il_sito_=C3=A8_lento?=\n\nx'));
    expect(m.subject).toBe('Il sito è lento');
  });

  it('keeps a genuine Latin-1 subject as it is', async () => {
    const m = await parseMail(bytes('Subject: =?iso-8859-1?Q?Caff=E8_=C0_la_carte?=\n\nx'));
    expect(m.subject).toBe('Caffè À la carte');
  });
});
