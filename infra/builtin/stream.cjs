// node:stream for the Lambda bundles, without an ES module facade or copies of its exports (README.md beside this file).
// The module is itself a function, the legacy Stream class: the stand-in is one too, calling or
// constructing it, with Stream's prototype, so that `new`, `extends` and `instanceof` act on Stream.
'use strict';

// Strict, so that the function has no own `arguments` and `caller` either.
const Stream = process.getBuiltinModule('node:stream');
function stream(...args) {
  return new.target ? Reflect.construct(Stream, args, new.target) : Reflect.apply(Stream, this, args);
}
Object.setPrototypeOf(stream, Stream);
stream.prototype = Stream.prototype;
module.exports = stream;
