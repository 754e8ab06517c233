// Types of infra/ascii-bundle.mjs, which is plain JavaScript so that the after-bundling hook needs no TypeScript loader.

/** `code` with every non-ASCII code unit written as \uXXXX, and each line's escaped columns (in the input). */
export function escapeNonAscii(code: string): { code: string; escapedColumns: number[][] };

/** A source map's `mappings` with each generated column moved past the escapes made before it. */
export function shiftMappings(mappings: string, escapedColumns: number[][]): string;

/** Rewrites `file` (and `file.map`, if any) as pure ASCII; returns how many code units were escaped. */
export function asciiBundle(file: string): number;
