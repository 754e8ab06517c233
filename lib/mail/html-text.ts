import { simpleParser } from 'mailparser';

const htmlHead = Buffer.from(
  'Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n',
);

/**
 * Text of an HTML body. mailparser converts HTML to text only when the HTML is the root
 * part; an HTML-only multipart (related, mixed) comes back without text. Feeding the HTML
 * back as a root part reuses mailparser's own converter (html-to-text, with its limits).
 */
export async function textOfHtml(html: string): Promise<string> {
  const parsed = await simpleParser(Buffer.concat([htmlHead, Buffer.from(html, 'utf8')]), {
    skipTextToHtml: true,
    skipImageLinks: true,
    skipTextLinks: true,
  });
  return parsed.text ?? '';
}
