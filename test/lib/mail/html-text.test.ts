import { describe, expect, it } from 'vitest';
import { textOfHtml } from '../../../lib/mail/html-text';

describe('textOfHtml', () => {
  it.each([
    ['paragraphs and breaks as lines', '<p>Uno</p><p>Due<br>Tre</p>', 'Uno\nDue\nTre'],
    ['entities decoded', '<p>perch&eacute; &egrave; &#232; &#xE8; &amp; &nbsp;ok</p>', 'perché è è è & ok'],
    [
      'scripts, styles, head and comments dropped',
      '<head><title>T</title></head><style>p{}</style><!-- c --><p>Testo</p><SCRIPT>x()</SCRIPT>',
      'Testo',
    ],
    [
      'blockquotes marked as quoted lines',
      '<p>Nuovo</p><blockquote>Vecchio<br>riga<blockquote>più vecchio</blockquote></blockquote>',
      'Nuovo\n> Vecchio\n> riga\n> > più vecchio',
    ],
    ['an unclosed script dropping the rest', '<p>Prima</p><script>never closed <p>dopo</p>', 'Prima'],
    [
      'link targets after the link text',
      '<p>Vedi <a class="x" href="https://shop.example.net/a?b=1&amp;c=2">questa pagina</a></p>',
      'Vedi questa pagina [https://shop.example.net/a?b=1&c=2]',
    ],
    [
      'a target once when the text shows it',
      "<a href='https://shop.example.net'><b>https://shop.example.net</b></a>",
      'https://shop.example.net',
    ],
    [
      'mail and anchor links without a target',
      '<a href="mailto:a@example.net">Mario</a> <a href="#top">su</a>',
      'Mario su',
    ],
  ])('keeps %s', (_name, html, text) => {
    expect(textOfHtml(html)).toBe(text);
  });

  it('keeps a stray angle bracket in the text as text', () => {
    expect(textOfHtml('<p>se x < 5 allora</p><p>fine</p>')).toBe('se x < 5 allora\nfine');
  });

  it('stays linear on thousands of unclosed openings', () => {
    const html = `<p>ok</p>${'<!--'.repeat(60_000)}${'<style>'.repeat(30_000)}`;
    expect(textOfHtml(html)).toBe('ok');
  });
});
