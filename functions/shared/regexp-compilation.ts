import { setFlagsFromString } from 'node:v8';

// V8 compiles a regular expression on its first match to bytecode for its interpreter, then on the
// second to machine code. For the intake's large case-insensitive Unicode patterns (the
// auto-reply subjects alone have ~110 alternatives) the bytecode step is the slow one: the
// auto-reply pattern took ~8 ms to first match and ~2 ms more to recompile, against ~2 ms when
// compiled straight to machine code (Node 20 and 24 alike). A function process matches each of
// them a handful of times in its first event, so it compiles them once, to machine code, as V8 did
// before it had the interpreter: the first event of ingest-email costs ~10 ms less CPU. Matching
// is the same either way (one regexp engine, two back ends). Imported first by the entry, before
// any module can match a pattern.
setFlagsFromString('--no-regexp-tier-up');
