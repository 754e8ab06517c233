import { describe, expect, it } from 'vitest';
import { ownWords } from '../../../lib/mail/own-words';

const cases: ReadonlyArray<{ name: string; text: string; own: string }> = [
  {
    name: 'keeps a message with no history',
    text: 'Il sito è lento.\nDa ieri.',
    own: 'Il sito è lento.\nDa ieri.',
  },
  {
    name: 'drops ">" lines',
    text: 'Ecco lo screenshot.\n> vecchio testo\n> altro',
    own: 'Ecco lo screenshot.',
  },
  {
    name: 'cuts at an Italian attribution followed by history',
    text: 'Nuovo testo.\n\nIl giorno lun 23 nov 2026 alle ore 10:00 Mario <m@example.net> ha scritto:\nvecchio',
    own: 'Nuovo testo.',
  },
  {
    name: 'cuts at an English attribution',
    text: 'New text.\n\nOn Mon, Nov 23, 2026 at 10:00 AM Anna <a@example.net> wrote:\n> old',
    own: 'New text.',
  },
  {
    name: 'joins a wrapped attribution and keeps bottom-posted words',
    text: 'Il giorno lun 23 nov 2026 alle ore 10:00 Mario Rossi <\nm@example.net> ha scritto:\n> domanda\nrisposta sotto',
    own: 'risposta sotto',
  },
  {
    name: 'cuts at an Outlook Italian header block',
    text: 'Vedi sotto.\n\nDa: Supporto <support@example.com>\nInviato: lunedì 23 novembre 2026 10:00\nA: Mario\nvecchio',
    own: 'Vedi sotto.',
  },
  {
    name: 'cuts at an Outlook English header block after underscores',
    text: 'See below.\n________________________________\nFrom: Support\nSent: Monday\nold',
    own: 'See below.',
  },
  { name: 'cuts at Original Message', text: 'Hi.\n-----Original Message-----\nold', own: 'Hi.' },
  { name: 'cuts at Messaggio originale', text: 'Ciao.\n-----Messaggio originale-----\nold', own: 'Ciao.' },
  { name: 'cuts at the "-- " signature', text: 'Testo.\n-- \nMario Rossi\nwww.example.net', own: 'Testo.' },
  {
    name: 'cuts at "Cordiali saluti"',
    text: 'Testo.\n\nCordiali saluti,\nMario\nhttps://example.net',
    own: 'Testo.',
  },
  { name: 'cuts at "Best regards"', text: 'Text.\nBest regards\nAnna, Chrome fan', own: 'Text.' },
  {
    name: 'keeps a sentence that merely starts like a closing',
    text: 'Grazie per la risposta veloce.',
    own: 'Grazie per la risposta veloce.',
  },
  { name: 'cuts at a mobile footer', text: 'Down again.\n\nSent from my iPhone', own: 'Down again.' },
];

describe('ownWords', () => {
  it.each(cases)('$name', ({ text, own }) => {
    expect(ownWords(text)).toBe(own);
  });

  it('reads at most the first 64 KiB of a huge text', () => {
    expect(ownWords('parola '.repeat(100_000)).length).toBeLessThanOrEqual(64 * 1024);
  });
});
