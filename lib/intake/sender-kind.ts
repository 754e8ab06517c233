// What kind of mailbox an address is, from its local part. Mail systems spell their daemons
// many ways: Postfix and Sendmail "MAILER-DAEMON", qmail "MAILER_DAEMON" or "mailerdaemon",
// Exchange "postmaster", some hosts "post_master" or "Mail Delivery Subsystem".

const daemon =
  /^(mailer[-_.]?daemon|mail[-_.]?daemon|post[-_.]?master|mail[-_.]?delivery[-_.]?(sub)?system)$/i;
const noReply =
  /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|no[-_.]?response|bounces?|notifications?[-_.]?noreply)([-_.+].*)?$/i;
// Addresses no person answers from: list robots and their owner/request/bounce aliases, and the
// RFC 2142 mailboxes of hosts. "info@" and "sales@" are not among them: customers write from those.
const role =
  /^(abuse|hostmaster|root|nobody|listserv|majordomo|mailman|lists?|owner-.+|.+-(owner|request|bounces?|unsubscribe|subscribe))(\+.*)?$/i;

const localPart = (address: string) => address.slice(0, address.lastIndexOf('@'));

/** True for a delivery system's own address (mailer-daemon, postmaster and their spellings). */
export function isDaemonAddress(address: string): boolean {
  return daemon.test(localPart(address));
}

/** True for a no-reply address (noreply, do-not-reply, bounces, ...), whose mailbox nobody reads. */
export function isNoReplyAddress(address: string): boolean {
  return noReply.test(localPart(address));
}

/** True for an address that never stands for one person: a daemon, a no-reply, a list or host role. */
export function isImpersonalAddress(address: string): boolean {
  const local = localPart(address);
  return daemon.test(local) || noReply.test(local) || role.test(local);
}

// A display name or a bare From value naming a delivery system, with or without an address:
// "MAILER-DAEMON <>", "Mail Delivery System", "Mail Delivery Subsystem <>".
const daemonName =
  /(?:^|[\s"'<(])(mailer[-_ ]?daemon|post[-_ ]?master|mail delivery (sub)?system)(?=$|[\s"'>@)])/i;

/** True when a raw From value names a delivery system (MAILER-DAEMON <>, "Mail Delivery System"). */
export function namesDaemon(fromValue: string): boolean {
  return daemonName.test(fromValue.slice(0, 500));
}
