// Subjects come in broken two ways. An RFC 2047 word that says ISO-8859-1 around UTF-8 bytes
// (old webmail, some form handlers) decodes to "caffÃ¨" for "caffè": that is repaired by reading
// the characters back as the UTF-8 bytes they were. Raw 8-bit bytes in a legacy charset, with no
// charset declared, decode to U+FFFD and cannot be repaired: the desk never echoes those.

// A UTF-8 lead byte read as Latin-1 followed by a continuation byte read as Latin-1.
const utf8AsLatin1 = /[\u00c2-\u00f4][\u0080-\u00bf]/;

/** The subject with UTF-8-read-as-Latin-1 repaired; unchanged when it is not that. */
export function repairedSubject(subject: string): string {
  if (!utf8AsLatin1.test(subject)) return subject;
  for (let i = 0; i < subject.length; i++) if (subject.charCodeAt(i) > 0xff) return subject;
  const decoded = Buffer.from(subject, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? subject : decoded;
}

/** True when the subject holds characters that could not be decoded (U+FFFD): not fit to echo. */
export function isGarbled(subject: string): boolean {
  return subject.includes('\ufffd');
}
