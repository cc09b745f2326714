// Stand-in for linkedom's CSS parser in the Lambda and CLI bundles: Readability never
// reads <style> sheets, and the real parser adds about 200 KB to cold start.
// An ES module (the package is "type": "module"); esbuild converts it for the CommonJS Lambda bundles.
export function parse() {
  throw new Error("CSS stylesheets are not parsed in this bundle");
}
