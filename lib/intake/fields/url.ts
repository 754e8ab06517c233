import { twinned } from '../latin-twin';
import type { FieldDetector, FieldInput } from './field-input';

const url = twinned(/\bhttps?:\/\/[^\s<>"']+|(?<![\w.@-])www\.[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+/giu);

// detectedAt and description read the own words with links blanked out, and a link is what
// url looks for: one scan of a message serves all three. The answer is kept per detector
// input, which presentFields hands unchanged to every detector of one message.
const blanked = new WeakMap<FieldInput, string>();

/** The own words with links blanked out: other detectors must not read dates or names inside a link. */
export function withoutUrls(input: FieldInput): string {
  let text = blanked.get(input);
  if (text === undefined) {
    text = input.ownWords.replace(url.for(input.ownWords), ' ');
    blanked.set(input, text);
  }
  return text;
}

/** An `http(s)://` URL or a `www.` host in the customer's own words (blanking one changes the text). */
export const hasUrl: FieldDetector = (input) => withoutUrls(input) !== input.ownWords;
