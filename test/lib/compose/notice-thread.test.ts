import { describe, expect, it } from 'vitest';
import { NOTICE_IDS_KEPT, rememberNotice } from '../../../lib/compose/notice-thread';

describe('rememberNotice', () => {
  it('starts a ticket that remembered none (stored before notices were threaded)', () => {
    expect(rememberNotice(undefined, 'a@x')).toEqual(['a@x']);
  });

  it('keeps only the latest few however many notices a ticket gets', () => {
    let ids: string[] | undefined;
    for (let i = 1; i <= 1000; i++) ids = rememberNotice(ids, `n${i}@x`);
    expect(ids).toHaveLength(NOTICE_IDS_KEPT);
    expect(ids?.at(-1)).toBe('n1000@x');
  });

  it('remembers a notice once when a retry records it again', () => {
    expect(rememberNotice(['a@x', 'b@x'], 'b@x')).toEqual(['a@x', 'b@x']);
  });
});
