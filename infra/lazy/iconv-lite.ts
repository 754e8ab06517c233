// Stands in for iconv-lite inside the Lambda bundles (BUNDLE.alias in ../bundling.ts): the real
// iconv-lite, with two things done later than it does them.
//
// 1. A double-byte codec (GBK, Big5, Shift_JIS, EUC-KR, ...) builds its tables when a message
//    first needs them instead of when it is created. libmime creates the GBK codec at import, only
//    to compare its `decoder` (the class every double-byte codec shares) with other codecs', and
//    building GBK's decode and encode tables was ~15 ms of every cold start (alternately, median
//    of 9 processes: import 81 -> 67 ms of CPU) for a charset the desk's mail rarely uses.
//    Decoding is unchanged: the first decoder or encoder of such a codec builds it with
//    iconv-lite's own code, once, and every later one reads the same tables.
// 2. The table of encodings is built here in iconv-lite's place, without the single-byte code
//    pages, 63 KB of object literals that only mail in such a charset needs. iconv-lite merges
//    all of encodings/ on the first getCodec, which libmime makes at import (for UTF-7, UTF-16,
//    UTF-32, GBK and the transfer encodings). Here the code pages are merged, in iconv-lite's
//    order, on the first name the rest of the table lacks. No module before them in that order
//    defines one of their names (test/infra/lazy-iconv-lite.test.ts), so every name resolves as
//    in iconv-lite's own table. Their data is not in the bundle but beside it
//    (FILES_BESIDE_BUNDLE in ../bundling.ts), and iconv-lite's encodings/index.js is external
//    (BUNDLE.external): it never runs.
//
// The requires below are paths, not `iconv-lite`, so that the alias does not lead back here.
import iconv from '../../node_modules/iconv-lite/lib/index.js';
import { lazyObject } from './lazy-module';

/** What iconv-lite's getCodec builds with `new`: a codec's tables and its encoder and decoder classes. */
type CodecConstructor = new (options: object, owner: object) => object;

/** The internals of iconv-lite 0.7 this file touches (encodings, read by every getCodec). */
interface IconvInternals {
  encodings: Record<string, unknown> | null;
}

type EncodingTable = Record<string, unknown>;

/** iconv-lite's own merge of a module of encodings into the table (its lib/helpers/merge-exports.js). */
const mergeModule = require('../../node_modules/iconv-lite/lib/helpers/merge-exports.js') as (
  table: EncodingTable,
  module: object,
) => void;

/** The single-byte code pages, merged in iconv-lite's order on the first name the table lacks. */
function loadSingleByteEncodings(): EncodingTable {
  const singleByte = Object.create(null) as EncodingTable;
  mergeModule(singleByte, require('../../node_modules/iconv-lite/encodings/sbcs-codec.js') as object);
  mergeModule(singleByte, require('./lazy-modules/iconv-sbcs-data.cjs') as object);
  mergeModule(singleByte, require('./lazy-modules/iconv-sbcs-data-generated.cjs') as object);
  return singleByte;
}

const encodings = Object.create(null) as EncodingTable;
for (const module of [
  require('../../node_modules/iconv-lite/encodings/internal.js') as object,
  require('../../node_modules/iconv-lite/encodings/utf32.js') as object,
  require('../../node_modules/iconv-lite/encodings/utf16.js') as object,
  require('../../node_modules/iconv-lite/encodings/utf7.js') as object,
  require('../../node_modules/iconv-lite/encodings/dbcs-codec.js') as object,
  require('../../node_modules/iconv-lite/encodings/dbcs-data.js') as object,
]) {
  mergeModule(encodings, module);
}
if (typeof encodings._dbcs !== 'function') {
  throw new Error('iconv-lite has no _dbcs codec: infra/lazy/iconv-lite.ts needs updating for this version');
}
const DoubleByteCodec = encodings._dbcs as CodecConstructor;
// getCodec calls `new encodings._dbcs(options, iconv)` and caches what it returns: the lazy codec.
encodings._dbcs = function LazyDoubleByteCodec(options: object, owner: object) {
  return lazyDoubleByteCodec(options, owner);
};
// Set after the merge: an assignment to a name the table lacks would go through the prototype.
Object.setPrototypeOf(encodings, lazyObject(loadSingleByteEncodings, Object.create(null)));
(iconv as unknown as IconvInternals).encodings = encodings;

/** Properties a lazy codec answers from DBCSCodec's prototype without building its tables. */
const SHARED_CLASSES = new Set<PropertyKey>(['encoder', 'decoder']);

/**
 * A double-byte codec whose tables are built on first use: its `encoder` and `decoder` classes
 * (the prototype's, shared by every such codec) are read without building; any other property
 * builds the real codec, once, and is read from it.
 */
function lazyDoubleByteCodec(options: object, owner: object): object {
  return lazyObject(
    () => new DoubleByteCodec(options, owner),
    Object.create(DoubleByteCodec.prototype) as object,
    (key) => SHARED_CLASSES.has(key),
  );
}

export default iconv;
