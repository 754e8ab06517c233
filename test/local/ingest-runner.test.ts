import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SESEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InboundJournal } from '../../local/inbound-journal';
import { type IngestHandler, ingestTask } from '../../local/ingest-runner';

const event = (id: string): SESEvent =>
  ({
    Records: [{ ses: { mail: { messageId: id, timestamp: '2026-11-23T09:00:00Z' } } }],
  }) as unknown as SESEvent;

describe('ingestTask', () => {
  let dir: string;
  let journal: InboundJournal;
  let log: string[];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-runner-'));
    journal = new InboundJournal(dir);
    await journal.open();
    log = [];
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const run = async (handler: IngestHandler) => {
    await journal.record('m1', event('m1'));
    const deps = {
      handler,
      journal,
      attempts: 3,
      retryDelayMs: 1,
      processed: (id: string, result: unknown) => {
        log.push(`processed ${id} ${JSON.stringify(result)}`);
      },
      failed: (id: string, reason: string) => {
        log.push(`failed ${id} ${reason}`);
      },
    };
    await ingestTask(deps, 'm1', event('m1'))();
  };

  it.each([
    { failures: 0, expected: 'processed m1 "ok"' },
    { failures: 2, expected: 'processed m1 "ok"' },
    { failures: 3, expected: 'failed m1 Error: try 3' },
  ])('after $failures failed tries, reports $expected', async ({ failures, expected }) => {
    let tries = 0;
    await run(async () => {
      tries += 1;
      if (tries <= failures) throw new Error(`try ${tries}`);
      return 'ok';
    });
    expect(log).toEqual([expected]);
  });

  it('keeps a message that kept failing, and forgets a processed one', async () => {
    await run(() => Promise.reject(new Error('down')));
    expect({ pending: await journal.pending(), failed: await journal.failed() }).toEqual({
      pending: [],
      failed: ['m1'],
    });
  });
});
