// Stand-in for linkedom's CSS parser in Lambda bundles: Readability never
// reads <style> sheets, and the real parser adds about 200 KB to cold start.
exports.parse = function parse() {
  throw new Error("CSS stylesheets are not parsed in this bundle");
};
