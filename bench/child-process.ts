import { spawn } from "node:child_process";

export interface ChildOutcome<T> {
  lines: T[];
  timedOut: boolean;
  exitCode: number | null;
  stderr: string;
}

/**
 * Runs `node file args…` and collects its JSON lines. The child is killed
 * when no line arrives within `lineTimeoutMs`, so one runaway input cannot
 * stall the bench.
 */
export function runJsonChild<T>(file: string, args: string[], options: { lineTimeoutMs: number; nodeArgs?: string[] }): Promise<ChildOutcome<T>> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), file, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    const lines: T[] = [];
    let buffer = "";
    let stderr = "";
    let timedOut = false;
    let timer = setTimeout(onTimeout, options.lineTimeoutMs);
    function onTimeout() {
      timedOut = true;
      child.kill("SIGKILL");
    }
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (!line.startsWith("{")) continue;
        lines.push(JSON.parse(line) as T);
        clearTimeout(timer);
        timer = setTimeout(onTimeout, options.lineTimeoutMs);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    child.on("close", (exitCode) => {
      clearTimeout(timer);
      resolve({ lines, timedOut, exitCode, stderr });
    });
  });
}
