import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { signedGet } from "./signed-fetch";
import type { Target } from "./targets";

/**
 * `news-summary view`: the viewer of a deployed stack in the local browser.
 * The Function URL takes only SigV4-signed requests (AWS_IAM), which a
 * browser cannot make, so a proxy on 127.0.0.1 signs each GET with the
 * user's AWS credentials and forwards it. For the `npm start` stack the
 * viewer needs no proxy: its URL is opened directly.
 */

export interface ViewProxy {
  /** The viewer's address in the browser. */
  url: string;
  close(): Promise<void>;
}

export interface ViewProxyOptions {
  /** Base URL of the query API, e.g. the stack's QueryUrl output. */
  upstream: string;
  /** How a request reaches the upstream: SigV4-signed for AWS. */
  get: (url: string) => Promise<Response>;
  /** 0 or absent: any free port. */
  port?: number;
  /** How long an upstream call may take before the browser gets a 502 saying so (default 30 s). */
  upstreamTimeoutMs?: number;
}

/** Response headers passed back to the browser; hop-by-hop and AWS headers stay behind. */
const FORWARDED_HEADERS = ["content-type", "content-security-policy", "x-content-type-options", "referrer-policy", "cache-control"];

/** An upstream call that has not answered by then gets a 502 with the reason, never a page that hangs. */
const UPSTREAM_TIMEOUT_MS = 30_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function startViewProxy(options: ViewProxyOptions): Promise<ViewProxy> {
  const upstream = options.upstream.replace(/\/$/, "");
  let allowedHosts: Set<string> = new Set();
  const server: Server = createServer(async (req, res) => {
    // Only this machine's browser, by this address: a page elsewhere that points a hostname at
    // 127.0.0.1 (DNS rebinding) must not get requests signed with the user's credentials.
    if (!allowedHosts.has(req.headers.host ?? "")) {
      res.writeHead(421, { "content-type": "text/plain" }).end("wrong host");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { "content-type": "text/plain", allow: "GET, HEAD" }).end("only GET");
      return;
    }
    const path = req.url && req.url.startsWith("/") ? req.url : "/";
    try {
      const response = await withTimeout(options.get(`${upstream}${path === "/" ? "/view" : path}`), options.upstreamTimeoutMs ?? UPSTREAM_TIMEOUT_MS);
      const headers: Record<string, string> = {};
      for (const name of FORWARDED_HEADERS) {
        const value = response.headers.get(name);
        if (value) headers[name] = value;
      }
      const body = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, headers).end(req.method === "HEAD" ? undefined : body);
    } catch (e) {
      res.writeHead(502, { "content-type": "text/plain; charset=utf-8" }).end(`the query API did not answer: ${(e as Error).message}`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/view`,
    // A browser keeps its connections open, and the page may still be asking (autocomplete): drop them, or
    // close() waits as long as they last.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * The whole command: a proxy for a deployed stack, the local viewer for
 * `npm start`; opens the browser unless told not to. Resolves with the
 * viewer's URL; the proxy runs until the process ends or close() is called.
 */
export async function runViewCommand(target: Target, options: { port?: number; open?: boolean; write: (line: string) => void }): Promise<ViewProxy> {
  let view: ViewProxy;
  if (target.kind === "local") {
    view = { url: `${target.queryUrl}/view`, close: async () => undefined };
    options.write(`Viewer of the local stack: ${view.url}`);
  } else {
    view = await startViewProxy({ upstream: target.queryUrl, get: signedGet, port: options.port });
    options.write(`Viewer of ${target.queryUrl}, through a signing proxy (your AWS credentials): ${view.url}`);
    options.write("Press Ctrl+C to stop.");
  }
  if (options.open !== false) openInBrowser(view.url, options.write);
  return view;
}

function openInBrowser(url: string, write: (line: string) => void): void {
  const [command, args] =
    process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  const child = spawn(command, args, { stdio: "ignore", detached: true });
  child.on("error", () => write(`Open ${url} in your browser.`));
  child.unref();
}
