#!/usr/bin/env node
// Entry point of the `support-desk` command. The sources are TypeScript; tsx's loader
// compiles them on the fly (cached), so `npm ci` needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
