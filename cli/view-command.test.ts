import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signedGet } from "./signed-fetch";
import { startViewProxy, type ViewProxy } from "./view-command";

/** The signing proxy against a plain HTTP server standing in for the Function URL, which records what reaches it. */
let upstream: Server;
let upstreamUrl: string;
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
let proxy: ViewProxy;

beforeAll(async () => {
  vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDVIEWERTEST");
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", "viewer-test-secret");
  vi.stubEnv("AWS_SESSION_TOKEN", "");
  upstream = createServer((req, res) => {
    seen.push({ url: req.url ?? "", headers: req.headers });
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'none'", "x-amzn-requestid": "abc" }).end("<h1>viewer</h1>");
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  proxy = await startViewProxy({ upstream: upstreamUrl, get: signedGet });
});
afterAll(async () => {
  await proxy?.close();
  await new Promise((resolve) => upstream?.close(resolve));
  vi.unstubAllEnvs();
});

function rawGet(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c)).on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject).end();
  });
}

describe("view proxy", () => {
  it("forwards a GET to the query API signed with SigV4 for Lambda, and passes back the page and its CSP", async () => {
    const response = await fetch(`${proxy.url}/entities/Poutine?x=1`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<h1>viewer</h1>");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'");
    expect(response.headers.get("x-amzn-requestid")).toBeNull();
    const last = seen.at(-1)!;
    expect(last.url).toBe("/view/entities/Poutine?x=1");
    expect(String(last.headers.authorization)).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDVIEWERTEST\/\d{8}\/[^/]+\/lambda\/aws4_request/);
    expect(last.headers["x-amz-date"]).toBeTruthy();
  });

  it("opens on the viewer's list page", async () => {
    await fetch(proxy.url.replace(/\/view$/, "/"));
    expect(seen.at(-1)!.url).toBe("/view");
  });

  it("refuses requests addressed to another host name, and anything but GET", async () => {
    const before = seen.length;
    expect((await rawGet(proxy.url, { host: "attacker.example:80" })).status).toBe(421);
    expect((await rawGet(proxy.url, {}, "POST")).status).toBe(405);
    expect(seen.length).toBe(before);
  });
});

describe("an upstream that never answers", () => {
  it("gives the browser a 502 saying so, not a page that hangs", async () => {
    const hung = await startViewProxy({ upstream: "http://127.0.0.1:9", get: () => new Promise<Response>(() => undefined), upstreamTimeoutMs: 200 });
    try {
      const answer = await rawGet(hung.url);
      expect(answer.status).toBe(502);
      expect(answer.body).toMatch(/did not answer: no answer in 0.2 s/);
    } finally {
      await hung.close();
    }
  });
});

describe("closing the proxy", () => {
  it("ends at once, though a browser still waits on a request through it", async () => {
    const proxy = await startViewProxy({ upstream: "http://127.0.0.1:9", get: () => new Promise<Response>(() => undefined), upstreamTimeoutMs: 60_000 });
    const waiting = fetch(proxy.url).catch(() => "dropped");
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await proxy.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await waiting).toBe("dropped");
  });
});
