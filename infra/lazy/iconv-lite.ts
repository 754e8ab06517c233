// Stands in for iconv-lite inside the Lambda bundles (BUNDLE.alias in ../bundling.ts): the real
// iconv-lite, except that a double-byte codec (GBK, Big5, Shift_JIS, EUC-KR, ...) builds its
// tables when a message first needs them instead of when it is created. libmime creates the GBK
// codec at import, only to compare its `decoder` (the class every double-byte codec shares) with
// other codecs', and building GBK's decode and encode tables was ~15 ms of every cold start
// (alternately, median of 9 processes: import 81 -> 67 ms of CPU) for a charset the desk's mail
// rarely uses. Decoding is unchanged: the first decoder or encoder of such a codec builds it with
// iconv-lite's own code, once, and every later one reads the same tables.
//
// The import below is a path, not `iconv-lite`, so that the alias does not lead back here.
import iconv from '../../node_modules/iconv-lite/lib/index.js';
import { lazyObject } from './lazy-module';

/** What iconv-lite's getCodec builds with `new`: a codec's tables and its encoder and decoder classes. */
type CodecConstructor = new (options: object, owner: object) => object;

/** The internals of iconv-lite 0.7 this file touches (encodings, loaded on the first getCodec). */
interface IconvInternals {
  encodings: Record<string, unknown> | null;
  getCodec(encoding: string): object;
}

const internals = iconv as unknown as IconvInternals;

// What libmime's first getCodec at import would do anyway: load iconv-lite's list of encodings.
internals.getCodec('utf-8');
const encodings = internals.encodings;
const buildDoubleByteCodec = encodings?._dbcs;
if (typeof buildDoubleByteCodec !== 'function') {
  throw new Error('iconv-lite has no _dbcs codec: infra/lazy/iconv-lite.ts needs updating for this version');
}
const DoubleByteCodec = buildDoubleByteCodec as CodecConstructor;

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
    Object.create(DoubleByteCodec.prototype),
    (key) => SHARED_CLASSES.has(key),
  );
}

// getCodec calls `new encodings._dbcs(options, iconv)` and caches what it returns: the lazy codec.
(encodings as Record<string, unknown>)._dbcs = function LazyDoubleByteCodec(options: object, owner: object) {
  return lazyDoubleByteCodec(options, owner);
};

export default iconv;
