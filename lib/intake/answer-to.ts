import type { Desk } from '../desk/desk';
import { firstHeader } from '../mail/header-lines';
import type { MailAddress, MailMessage } from '../mail/message';
import { twinned } from './latin-twin';
import { isImpersonalAddress } from './sender-kind';

// The desk answers one address, never more: a Reply-To of 200 addresses must not turn one
// forged message into 200 acknowledgements. And only an address that stands, as written, in the
// raw header: mailparser decodes RFC 2047 words anywhere, so `=?utf-8?Q?agent?=@example.com`
// reads as agent@example.com, a mailbox the sender never named.

const plainAddress = twinned(
  /^[^\s@<>"(),;:\\[\]]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u,
);

function isOwn(address: string, desk: Desk): boolean {
  return desk.supportAddresses.includes(address) || desk.fromAddress.toLowerCase() === address;
}

/** True when `address` can be answered: well formed, written as such in `rawHeader`, one person's, not the desk's. */
function answerable(address: string, rawHeader: string | null, desk: Desk): boolean {
  return (
    address.length <= 254 &&
    plainAddress.test(address) &&
    (rawHeader ?? '').toLowerCase().includes(address) &&
    !isImpersonalAddress(address) &&
    !isOwn(address, desk)
  );
}

/** The Reply-To when it holds exactly one answerable person, else null. */
export function personalReplyTo(message: MailMessage, desk: Desk): MailAddress | null {
  if (message.replyTo.length !== 1) return null;
  const only = message.replyTo[0];
  return only && answerable(only.address, firstHeader(message.headers, 'reply-to'), desk) ? only : null;
}

/** The one address an acknowledgement goes to: a personal Reply-To, else an answerable From, else none. */
export function answerAddress(message: MailMessage, desk: Desk): string | null {
  const replyTo = personalReplyTo(message, desk);
  if (replyTo) return replyTo.address;
  const from = message.from;
  return from && answerable(from.address, firstHeader(message.headers, 'from'), desk) ? from.address : null;
}
