// The lines where the customer's own words end, in the languages and clients the desk meets.
// Hand-written: the maintained reply parsers (email-reply-parser and its ports) know English and
// a few clients but not the Italian attributions and Outlook's localised header blocks.
//
// Every pattern here is tested only on a trimmed line of at most MARKER_MAX_CHARS characters:
// a marker is a short line, and patterns such as /\s*[,.!]*\s*$/ backtrack quadratically on a
// long run of blanks. With the bound, reading own words stays linear in the text's length.

/** Longest line that can be a marker (attribution, separator, header, closing, footer). */
export const MARKER_MAX_CHARS = 300;

// "On ... wrote:", "Il giorno ... ha scritto:", "El ... escribió:", "Le ... a écrit :",
// "Am ... schrieb ...:", "Em ... escreveu:", "Op ... schreef ...:", "W dniu ... napisał(a):",
// "Den ... skrev ...:", "... kirjoitti:", "... napsal(a):", "... написал(а):", "... כתב/ה:".
export const attribution =
  /(ha scritto|wrote|scrive|escribió|escribio|a écrit|a ecrit|schrieb|escreveu|schreef|napisał\(a\)|napisała|napisał|skrev|kirjoitti|napsal\(a\)|napsala|napsal|написал\(а\)|написала|написал|כתב\/ה|כתבה|כתב|yazdı|写道)\s*:$/i;
// German, Dutch and Nordic clients put the name after the verb: "Am ... schrieb Support <...>:".
export const verbThenName = /(?<![\p{L}])(schrieb|schreef|skrev|kirjoitti)\s+.{1,200}:$/iu;
export const attributionStart = /^(il giorno|in data|on|el|le|am|em|op|w dniu|den|dnia|dne|בתאריך)\b/i;

export const separator =
  /^-{2,}\s*(original message|messaggio originale|messaggio inoltrato|forwarded message|mensaje original|mensaje reenviado|mensagem original|mensagem encaminhada|message d'origine|message original|message transféré|ursprüngliche nachricht|original nachricht|weitergeleitete nachricht|oorspronkelijk bericht|doorgestuurd bericht|oryginalna wiadomość|wiadomość przekazana|ursprungligt meddelande|vidarebefordrat meddelande|oprindelig meddelelse|opprinnelig melding|alkuperäinen viesti|původní zpráva|eredeti üzenet|исходное сообщение|הודעה מקורית)\s*-{2,}$/i;

// Outlook's header block of the quoted message: "From:/Da:/De:/Von:/Van:/Od:/Från:/Fra:/Lähettäjä:"
// followed within three lines by "Sent:/Inviato:/Enviado:/Envoyé:/Gesendet:/Verzonden:/Wysłane:/Skickat:/Sendt:/Date:/To:..."
export const outlookFrom =
  /^\*?(da|from|de|von|van|od|från|fra|lähettäjä|od koho|feladó|от|מאת)\s*:\s*\*?\s*\S/i;
export const outlookNext =
  /^\*?(inviato|sent|data|date|a|to|oggetto|subject|enviado|envoyé|para|asunto|assunto|à|objet|gesendet|an|betreff|verzonden|aan|onderwerp|wysłane|wysłano|do|temat|skickat|till|ämne|sendt|til|emne|lähetetty|vastaanottaja|aihe|odesláno|komu|předmět|отправлено|кому|тема|נשלח|אל|נושא)\s*:/i;
export const underscores = /^_{10,}$/;
export const signatureDash = /^--$/;

export const closing =
  /^(cordiali saluti|distinti saluti|saluti cordiali|cordialmente|saluti|un saluto|un cordiale saluto|grazie e saluti|grazie mille|grazie|best regards|kind regards|warm regards|regards|best wishes|many thanks|thanks and regards|thank you|thanks|cheers|sincerely|yours sincerely|yours faithfully|saludos cordiales|saludos|atentamente|un saludo|atenciosamente|cumprimentos|cordialement|bien cordialement|salutations|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|met vriendelijke groet|vriendelijke groet|met vriendelijke groeten|z poważaniem|pozdrawiam|med vänliga hälsningar|vänliga hälsningar|med venlig hilsen|med vennlig hilsen|ystävällisin terveisin|s pozdravem|üdvözlettel|с уважением|בברכה)[\s,.!]*$/i;

// html-to-text renders images as "[cid:...]" or "[image.png]"; they are not words.
export const imagePlaceholder = /^\[(cid:[^\]]*|image[^\]]*)\]$/i;

// Phone and app footers are one short line naming a device or an app: "Sent from my iPhone",
// "Inviato da iPhone", "Get Outlook for Android", "Enviado desde mi Samsung". A sentence that
// merely starts alike ("Sent from my desk, the page still fails") is the customer's.
export const mobileFooter =
  /^(sent from my|sent from|sent with|inviato dal mio|inviato da|get outlook for|enviado desde mi|enviado desde|enviado do meu|envoyé de mon|envoyé depuis|von meinem|verzonden vanaf mijn|verzonden met|wysłane z mojego|skickat från min|sendt fra min)\s+(\S+\s+){0,3}?(iphone|ipad|ipod|android|samsung|galaxy|mobile|smartphone|handy|telefoon|telefon|phone|blackberry|huawei|xiaomi|pixel|tablet|outlook|gmail|yahoo mail|mail|ios|windows|proton mail|fairphone)(\s+\S+){0,2}?\s*(gesendet)?\.?$/i;

// Mailing-list footers: Mailman's "___" line followed by "<name> mailing list", Google Groups'
// "You received this message because you are subscribed to the Google Groups ...", Groups.io's
// "Groups.io Links:", Listserv's "To unsubscribe ...". The customer's words are above them.
export const listFooterStart =
  /^(you received this message because you are subscribed to|groups\.io links:|to unsubscribe from this (group|list)|to unsubscribe,? send|hai ricevuto questo messaggio perché sei iscritto)/i;
export const mailmanListLine = /\bmailing list$/i;
