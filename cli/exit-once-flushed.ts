/**
 * Ends a finished `summarize` at once. Left to itself, Node.js waits at exit for V8's background jobs
 * (optimising compiles queued while the article was read, about 25 ms on one article) and then tears
 * the whole heap down; neither does anything for a command whose output is written. stdout and
 * stderr may still hold data when they are pipes (asynchronous on POSIX), so we exit only once both
 * have handed everything to the OS.
 */
export function exitOnceFlushed(): void {
  const streams = [process.stdout, process.stderr].filter((s) => s.writableLength > 0);
  let pending = streams.length;
  if (pending === 0) process.exit();
  for (const s of streams) s.once("drain", () => --pending === 0 && process.exit());
}
