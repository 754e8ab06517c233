// Text of an HTML body that has no text/plain alternative. mailparser's converter,
// html-to-text, compiles its selectors on every call and costs more than the whole parse of
// a small message, so parseMail switches it off; the desk needs only words, links and which
// lines are quoted, so a linear pass does. Input is capped, and no tag pattern crosses a '<'
// ([^<>]*, not [^>]*): with [^>]*, every '<' without a '>' after it rescanned the rest of the
// body, which took seconds on a few hundred kilobytes of "<a " (and a stray "a < b" in text
// now stays text instead of eating up to the next tag).

/** Longest HTML converted; the customer's own words come first in any sane message. */
export const HTML_MAX_CHARS = 256 * 1024;

const named: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  laquo: '«',
  raquo: '»',
  euro: '€',
  agrave: 'à',
  egrave: 'è',
  eacute: 'é',
  igrave: 'ì',
  ograve: 'ò',
  ugrave: 'ù',
  Agrave: 'À',
  Egrave: 'È',
  Eacute: 'É',
  Igrave: 'Ì',
  Ograve: 'Ò',
  Ugrave: 'Ù',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] !== '#') return named[name] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  });
}

// Inside a blockquote every line is history: mark it the way plain-text clients do.
function markQuotes(html: string): string {
  let depth = 0;
  return html.replace(
    /<(\/?)blockquote\b[^<>]*>|<br\s*\/?>|<\/(?:p|div|li|tr|h[1-6])\s*>/gi,
    (tag, close: string) => {
      if (/^<\/?blockquote/i.test(tag)) depth = Math.max(0, depth + (close ? -1 : 1));
      return `\n${'> '.repeat(depth)}`;
    },
  );
}

const linkTag = /<a\s[^<>]*>|<\/a\s*>/gi;
const hrefOf = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const webUrl = /^(?:https?:\/\/|www\.)\S+$/i;

// A link's target is something the customer gave ("see <a href=...>this page</a>"): it is
// written after the link text, "text [target]", as html-to-text writes it, unless the text
// already shows it. Only web targets, the kind the url field looks for.
function showLinkTargets(html: string): string {
  let target = '';
  let textStart = 0;
  return html.replace(linkTag, (tag: string, at: number) => {
    if (tag[1] !== '/') {
      const href = tag.match(hrefOf);
      target = (href?.[1] ?? href?.[2] ?? href?.[3] ?? '').trim();
      textStart = at + tag.length;
      return tag;
    }
    const shown = webUrl.test(target) && !html.slice(textStart, at).includes(target);
    const suffix = shown ? ` [${target}]` : '';
    target = '';
    return `${suffix}${tag}`;
  });
}

const hiddenOpen = /<!--|<(script|style|head|title)\b[^<>]*>/gi;

// Drops comments, scripts, styles and the head. Each close is searched once, forward from
// its opening, and an unclosed block drops the rest: linear, unlike a lazy regex that would
// rescan to the end for every unclosed opening.
function dropHidden(html: string): string {
  let out = '';
  let pos = 0;
  hiddenOpen.lastIndex = 0;
  for (let open = hiddenOpen.exec(html); open; open = hiddenOpen.exec(html)) {
    out += `${html.slice(pos, open.index)} `;
    const close = new RegExp(open[1] ? `</${open[1]}\\s*>` : '-->', 'gi');
    close.lastIndex = open.index + open[0].length;
    const end = close.exec(html);
    if (!end) return out;
    pos = end.index + end[0].length;
    hiddenOpen.lastIndex = pos;
  }
  return out + html.slice(pos);
}

/** Plain text of an HTML body: no scripts or styles, quoted blocks marked with "> ", entities decoded. */
export function textOfHtml(html: string): string {
  const body = showLinkTargets(dropHidden(html.slice(0, HTML_MAX_CHARS)));
  const text = decodeEntities(markQuotes(body).replace(/<[^<>]*>/g, ''));
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => !/^[>\s]*$/.test(line))
    .join('\n');
}
