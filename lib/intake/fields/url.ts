import type { FieldDetector } from './field-input';

const url = /\bhttps?:\/\/[^\s<>"']+|(?<![\w.@-])www\.[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+/iu;

/** An `http(s)://` URL or a `www.` host in the customer's own words. */
export const hasUrl: FieldDetector = ({ ownWords }) => url.test(ownWords);

/** The own words without URLs: other detectors must not read dates or names inside a link. */
export function withoutUrls(text: string): string {
  return text.replace(new RegExp(url.source, 'giu'), ' ');
}
