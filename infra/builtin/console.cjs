// node:console for the Lambda bundles, without an ES module facade or copies of its exports (README.md beside this file).
module.exports = Object.create(process.getBuiltinModule('node:console'));
