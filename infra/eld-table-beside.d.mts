// Types of infra/eld-table-beside.mjs, which is plain JavaScript so that the after-bundling hook needs no TypeScript loader.

/** The table's file name beside the bundle. */
export const ELD_TABLE_FILE: string;

/** The JSON text of the generated module's one template literal. */
export function eldTableOf(moduleText: string): string;

/** Writes the table into `dir`. */
export function writeEldTableBeside(dir: string): void;
