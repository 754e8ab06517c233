import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../../domain/vocabulary';
import { eldDatabaseModule, eldSubset, installedEldDatabase } from './eld-database';
import { SHIPPED_ELD_DATABASE } from './shipped';

/**
 * Regenerates the language database the desk ships: eld's small database cut down to the
 * desk's languages (LANGUAGES). Run after upgrading eld, or after adding a language:
 *   npx tsx lib/intake/language/generate.ts
 */
const here = dirname(fileURLToPath(import.meta.url));
const database = eldSubset(await installedEldDatabase(SHIPPED_ELD_DATABASE.size), LANGUAGES);
const file = join(here, SHIPPED_ELD_DATABASE.file);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, eldDatabaseModule(database, SHIPPED_ELD_DATABASE.exportName));
