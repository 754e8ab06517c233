import { isBuiltin } from 'node:module';

/** Built-in modules `code` imports as ES modules, statically or with import(). */
export function esImportedBuiltins(code: string): string[] {
  const found = new Set<string>();
  const imports = /\bimport\s*(?:\(\s*|(?:[\w$*{][^;]*?\bfrom\s*)?)["']([^"']+)["']/g;
  for (const [, specifier] of code.matchAll(imports)) {
    if (specifier !== undefined && isBuiltin(specifier)) found.add(specifier);
  }
  return [...found].sort();
}
