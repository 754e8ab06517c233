import { describe, expect, it } from 'vitest';
import { MailSendError } from '../../../lib/tickets/errors';

describe('MailSendError', () => {
  it('names no address, neither the recipients nor any in the cause', () => {
    const cause = new Error('Email address is not verified: anna@example.net, <bob@example.org>');
    const error = new MailSendError(['anna@example.net'], cause, false);
    expect(error.message).not.toMatch(/@/);
    expect(error.message).toContain('1 recipient(s)');
  });
});
