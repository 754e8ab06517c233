import { headerStart, inShape } from './raw-shape';

/**
 * True when the bytes hold a header section (RFC 5322 `name: value`) near their start, the
 * least a file needs to be taken for a message. Blank, whitespace-only and stray lines before
 * it (an mbox "From " line among them) and bare-CR line ends are tolerated.
 */
export function hasHeaderSection(raw: Uint8Array): boolean {
  return headerStart(inShape(raw)) >= 0;
}
