export { type AcknowledgementInput, acknowledgementText, composeAcknowledgement } from './acknowledgement';
export { HEADER_TEXT_MAX, headerAddress, headerMessageId, headerSafe } from './header-safe';
export { localTime } from './local-time';
export { deskMessageId } from './message-id';
export { deskHeaders, type OutgoingEmail, outgoingEmail, renderMime, type Threading } from './outgoing-email';
export { ticketSubject, ticketToken } from './subject';
export { ACK_WORDING, type AckWording, fill } from './wording';
