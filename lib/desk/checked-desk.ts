import type { CheckedDeskFile } from './parse-desk';

/** A desk file's text and what the schemas made of it, at synth: what a Lambda bundle carries. */
export interface CheckedDesk extends CheckedDeskFile {
  /** The desk file's text as the synth read it (the embedded default desk's JSON when there is none). */
  readonly text: string;
}

// A Lambda bundle defines SUPPORT_DESK_CHECKED as its desk checked at synth (infra/bundling.ts,
// checkedDeskDefine): the function compiles it without building or running a schema, when the
// desk file it reads is that very text. Anywhere else (tests, the CLI, the local desk) it is undefined.
declare const SUPPORT_DESK_CHECKED: CheckedDesk | undefined;

/** The desk this bundle's synth checked, or undefined outside a Lambda bundle. */
export const BUNDLED_CHECKED_DESK: CheckedDesk | undefined =
  typeof SUPPORT_DESK_CHECKED === 'undefined' ? undefined : SUPPORT_DESK_CHECKED;
