import { describe, expect, it } from 'vitest';
import { isUnverified, PASSING, parseMail, verdictOf, verdictsInHeaders } from '../../../lib/mail';

async function verdictsOfHeaders(lines: string): Promise<ReturnType<typeof verdictsInHeaders>> {
  const m = await parseMail(new Uint8Array(Buffer.from(`${lines}From: a@example.net\nSubject: x\n\nbody\n`)));
  return verdictsInHeaders(m.headers);
}

describe('verdictsInHeaders', () => {
  it('reads SPF, DKIM and DMARC from the amazonses.com Authentication-Results, folded', async () => {
    const v = await verdictsOfHeaders(
      'Authentication-Results: amazonses.com;\n spf=pass (spfCheck: ok) smtp.mailfrom=a@example.net;\n dkim=fail header.i=@example.net;\n dmarc=none header.from=example.net;\n',
    );
    expect(v).toEqual({ spf: 'pass', dkim: 'fail', dmarc: 'none' });
  });

  it('takes the topmost amazonses.com header: a sender-written one below it does not count', async () => {
    const v = await verdictsOfHeaders(
      'Authentication-Results: amazonses.com; spf=fail; dkim=fail; dmarc=fail\nAuthentication-Results: amazonses.com; spf=pass; dkim=pass; dmarc=pass\n',
    );
    expect(isUnverified(v)).toBe(true);
  });

  it('ignores other servers’ headers and is passing when SES wrote none', async () => {
    expect(
      await verdictsOfHeaders('Authentication-Results: mx.example.net; spf=fail; dkim=fail; dmarc=fail\n'),
    ).toEqual(PASSING);
    expect(await verdictsOfHeaders('')).toEqual(PASSING);
  });
});

describe('isUnverified', () => {
  it.each([
    [{ spf: 'fail', dkim: 'fail', dmarc: 'none' }, true],
    [{ spf: 'pass', dkim: 'pass', dmarc: 'fail' }, true],
    [{ spf: 'fail', dkim: 'pass', dmarc: 'none' }, false],
    [{ spf: 'gray', dkim: 'fail', dmarc: 'unknown' }, false],
  ] as const)('says %j -> %s', (v, expected) => {
    expect(isUnverified(v)).toBe(expected);
  });

  it('maps SES and RFC 8601 words onto the desk’s verdicts', () => {
    expect(
      ['PASS', 'FAIL', 'GRAY', 'softfail', 'PROCESSING_FAILED', 'DISABLED', undefined].map(verdictOf),
    ).toEqual(['pass', 'fail', 'gray', 'gray', 'unknown', 'unknown', 'unknown']);
  });
});
