import type { DateTime as LuxonDateTime, IANAZone as LuxonIANAZone } from 'luxon';
import { lazyClass } from './lazy-module';

// Stands in for luxon inside the Lambda bundles (BUNDLE.alias in ../bundling.ts). The functions
// ask luxon only for what their zone tables do not answer (a zone no calendar of the desk uses,
// years outside the bundled ones, a fixed offset, a date an operator writes), so a cold start
// never calls it; yet its 71 KB, parsed and its classes and constants made, cost ~7 ms of every
// import (4 % of a cold start, measured with luxon left out). Loaded on first use instead, from
// luxon's own CommonJS build: this require stays external (FILES_BESIDE_BUNDLE in ../bundling.ts),
// so that a cold start does not even parse it. The bundled code imports DateTime and IANAZone
// only; an import of anything else fails the bundling, as esbuild finds no such export here.

type Luxon = typeof import('luxon');

// require keeps the module once loaded: the two classes share one luxon.
const load = (): Luxon => require('./lazy-modules/luxon.cjs') as Luxon;

export const DateTime: typeof LuxonDateTime = lazyClass(() => load().DateTime);
export const IANAZone: typeof LuxonIANAZone = lazyClass(() => load().IANAZone);
