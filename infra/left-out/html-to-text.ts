import { LeftOutOfBundleError } from './left-out-error';

// Stands in for html-to-text inside the Lambda bundles (BUNDLE.alias in ../bundling.ts): parseMail
// sets skipHtmlToText and reads HTML bodies with lib/mail/html-text.ts, so mailparser never
// calls the converter, and its parser, selector engine and entity tables need not load.

export function htmlToText(_html: string, _options?: unknown): never {
  throw new LeftOutOfBundleError('html-to-text', 'parseMail must keep skipHtmlToText');
}
