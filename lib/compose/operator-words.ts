import type { OutgoingAttachment } from './outgoing-email';

/**
 * What an operator writes to a customer, by email or from the CLI: the text (already cut of
 * commands, quoted notice and signature) and the files that go with it.
 */
export interface OperatorWords {
  readonly text: string;
  readonly attachments: readonly OutgoingAttachment[];
}

/** The operator's text as body lines: trimmed, runs of blank lines kept to one. */
export function wordsLines(words: OperatorWords | undefined): string[] {
  const text = (words?.text ?? '').replace(/\r\n?/g, '\n').trim();
  if (text === '') return [];
  return text.replace(/\n{3,}/g, '\n\n').split('\n');
}
