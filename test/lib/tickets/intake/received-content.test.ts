import { describe, expect, it } from 'vitest';
import {
  capUtf8,
  MAX_LOGGED_ATTACHMENTS,
  OWN_WORDS_MAX_BYTES,
  receivedContent,
} from '../../../../lib/tickets/intake/received-content';
import { rawEmail } from '../emails';
import { Harness } from '../harness';

const part = (i: number) => ({
  contentType: 'image/png',
  filename: `shot-${i}.png`,
  inline: false,
  contentId: null,
  size: 100 + i,
  content: new Uint8Array(0),
});

describe('the history of a received message', () => {
  it('keeps the customer own words and the attachments by name, type and size', async () => {
    const desk = new Harness();
    await desk.receive(
      'ses-1',
      rawEmail({ body: 'La pagina di login dà errore 500.\n\n> vecchio testo citato' }),
    );
    const [request] = await desk.messages.history('2026-000001');
    expect(request).toMatchObject({ direction: 'in', kind: 'request', from: 'anna@example.net' });
    expect(request?.ownWords).toBe('La pagina di login dà errore 500.');
    expect(request?.ownWordsCut).toBeUndefined();
    expect(request?.attachments).toEqual([
      { name: 'screen.png', type: 'image/png', size: 70, inline: false },
    ]);
  });

  it('cuts own words at the limit, on a character boundary, and says so', () => {
    const words = 'è'.repeat(OWN_WORDS_MAX_BYTES); // two bytes each: twice the limit
    const content = receivedContent(words, []);
    expect(new TextEncoder().encode(content.ownWords).length).toBe(OWN_WORDS_MAX_BYTES);
    expect(content.ownWords).toBe('è'.repeat(OWN_WORDS_MAX_BYTES / 2));
    expect(content.ownWordsCut).toBe(true);
  });

  it('never splits a character that straddles the limit', () => {
    expect(capUtf8('ab€', 4)).toEqual({ text: 'ab', cut: true });
    expect(capUtf8('ab€', 5)).toEqual({ text: 'ab€', cut: false });
  });

  it('lists a bounded number of attachments and counts them all', () => {
    const parts = Array.from({ length: MAX_LOGGED_ATTACHMENTS + 7 }, (_, i) => part(i));
    const content = receivedContent('', parts);
    expect(content.attachments).toHaveLength(MAX_LOGGED_ATTACHMENTS);
    expect(content.attachmentCount).toBe(MAX_LOGGED_ATTACHMENTS + 7);
    expect(content.attachments?.[0]).toEqual({
      name: 'shot-0.png',
      type: 'image/png',
      size: 100,
      inline: false,
    });
  });
});
