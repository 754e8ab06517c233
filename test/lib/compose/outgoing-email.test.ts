import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { outgoingEmail, renderMime } from '../../../lib/compose/outgoing-email';

const sentAt = Date.parse('2026-12-01T09:00:00Z');

describe('renderMime with attachments', () => {
  it('sends the files byte for byte, named header-safe', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    const email = outgoingEmail({
      from: 'support@example.com',
      to: ['anna@example.net'],
      subject: 'x',
      language: 'en',
      headers: { 'Message-ID': '<a@example.com>' },
      text: 'see attached\n',
      attachments: [{ filename: 'shot\r\nBcc: x@evil.test.png', contentType: 'image/png', content: png }],
    });
    const parsed = await simpleParser(Buffer.from(await renderMime(email, sentAt)));
    expect(parsed.text?.trim()).toBe('see attached');
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.attachments).toHaveLength(1);
    const [file] = parsed.attachments;
    expect(file?.contentType).toBe('image/png');
    expect(file?.filename).not.toMatch(/[\r\n]/);
    expect([...(file?.content ?? [])]).toEqual([...png]);
  });
});
