// node:url for the Lambda bundles, without an ES module facade (README.md beside this file).
module.exports = process.getBuiltinModule('node:url');
