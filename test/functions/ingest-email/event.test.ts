import { describe, expect, it } from 'vitest';
import { announcedMails } from '../../../functions/ingest-email/event';
import { sesEventFor } from '../../../local/ses-event';

const mail = { messageId: 'abc123', timestamp: '2026-11-23T09:00:00.000Z' };
const status = (s: string) => ({ status: s });

describe('announcedMails', () => {
  it('reads the receipt’s SPF, DKIM and DMARC verdicts and its scan into the announced mail', () => {
    const receipt = {
      spfVerdict: status('FAIL'),
      dkimVerdict: status('FAIL'),
      dmarcVerdict: status('GRAY'),
      spamVerdict: status('PASS'),
      virusVerdict: status('FAIL'),
    };
    const [announced] = announcedMails({ Records: [{ eventSource: 'aws:ses', ses: { mail, receipt } }] });
    expect(announced).toEqual({
      sesMessageId: 'abc123',
      receivedAt: Date.parse(mail.timestamp),
      verdicts: { spf: 'fail', dkim: 'fail', dmarc: 'gray' },
      scan: { spam: 'PASS', virus: 'FAIL' },
    });
  });

  it('announces a mail without verdicts when the event carries no receipt', () => {
    const [announced] = announcedMails({ Records: [{ eventSource: 'aws:ses', ses: { mail } }] });
    expect(announced?.verdicts).toBeUndefined();
  });
});

describe('the local desk’s SES event', () => {
  const receipt = {
    messageId: 'local-1',
    envelope: { mailFrom: 'a@example.net', rcptTo: ['support@example.com'] },
    receivedAt: new Date('2026-11-23T09:00:00Z'),
  };

  it('takes its verdicts from the topmost amazonses.com Authentication-Results', async () => {
    const raw = new TextEncoder().encode(
      'Authentication-Results: amazonses.com; spf=fail; dkim=fail; dmarc=fail\nFrom: a@example.net\nSubject: x\n\nbody\n',
    );
    const event = await sesEventFor(raw, receipt);
    const r = event.Records[0]?.ses.receipt;
    expect([r?.spfVerdict.status, r?.dkimVerdict.status, r?.dmarcVerdict.status]).toEqual([
      'FAIL',
      'FAIL',
      'FAIL',
    ]);
  });

  it('passes a message that has no such header', async () => {
    const event = await sesEventFor(
      new TextEncoder().encode('From: a@example.net\nSubject: x\n\nbody\n'),
      receipt,
    );
    expect(event.Records[0]?.ses.receipt.dmarcVerdict.status).toBe('PASS');
  });
});
