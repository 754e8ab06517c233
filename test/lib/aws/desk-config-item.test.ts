import { describe, expect, it } from 'vitest';
import { getDeskConfig, putDeskConfig, readStoredDesk } from '../../../lib/aws/desk-config-item';
import type { TableRef } from '../../../lib/aws/ticket-table';
import { DEFAULT_DESK_FILE } from '../../../lib/desk';
import { tablePerTest } from '../../support/dynalite';

describe('the stored desk configuration, against dynalite', () => {
  let table: TableRef;
  tablePerTest((created) => {
    table = created;
  });

  it('is absent from a table nobody configured', async () => {
    expect(await getDeskConfig(table)).toBeNull();
    expect(await readStoredDesk(table)).toBeNull();
  });

  it('reads back the desk a desk was started with, and the last write wins', async () => {
    const file = { ...DEFAULT_DESK_FILE, supportAddresses: ['help@acme.test'] };
    await putDeskConfig(table, { json: JSON.stringify(DEFAULT_DESK_FILE), source: 'first' });
    await putDeskConfig(table, { json: JSON.stringify(file), source: 'desks/acme.json' });
    expect((await getDeskConfig(table))?.source).toBe('desks/acme.json');
    expect((await readStoredDesk(table))?.supportAddresses).toEqual(['help@acme.test']);
  });

  it('refuses a stored desk that is not a valid desk file, naming where it came from', async () => {
    await putDeskConfig(table, { json: '{"supportAddresses": 3}', source: 'broken.json' });
    await expect(readStoredDesk(table)).rejects.toThrow(/stored desk configuration \(broken\.json\)/);
  });
});
