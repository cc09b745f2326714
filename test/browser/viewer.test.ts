import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signedGet } from "../../cli/signed-fetch";
import { startViewProxy } from "../../cli/view-command";
import type { LocalStack } from "../../local/local-stack";
import type { ArticleStatus } from "../../shared/store/article-status";
import type { ArticleSummary } from "../../shared/summary";
import { chromiumMissing, launchChromium } from "../support/chromium";
import { dropOwnArticles, dropSeed, seedMissing } from "../support/viewer-articles";
import { backendMissing, startStackUnderTest } from "../integration/stack-under-test";

/**
 * The viewer in a real browser (Debian's chromium through playwright-core),
 * served by the query server of the local stack: marks, quotes, filters, the
 * entity timeline, the keyboard, and hostile article text.
 */
const skip = backendMissing ?? chromiumMissing;

let stack: LocalStack;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;
let own: Awaited<ReturnType<typeof dropOwnArticles>>;
/** Anything a page tried to run: dialogs opened, console errors, requests that left 127.0.0.1. */
const alarms: string[] = [];

beforeAll(async () => {
  if (skip) return;
  stack = await startStackUnderTest({ visibilityTimeoutSeconds: 2 });
  own = await dropOwnArticles(stack);
  browser = await launchChromium();
  context = browser.context;
  context.on("page", watch);
  context.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1:")) alarms.push(`request to ${request.url()}`);
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

function watch(page: Page): void {
  page.on("dialog", (dialog) => {
    alarms.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  watch(page);
  const response = await page.goto(`${stack.queryUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

async function summaryOf(id: string): Promise<ArticleSummary> {
  return (await fetch(`${stack.queryUrl}/articles/${id}`)).json() as Promise<ArticleSummary>;
}

const markedMentions = (summary: ArticleSummary) =>
  summary.entities.filter((e) => e.type !== "MISC").reduce((n, e) => n + e.mentions.filter((m) => summary.segments.some((s) => m.start >= s.start && m.end <= s.end)).length, 0);

describe.skipIf(skip)(`viewer in chromium${skip ? ` (skipped: ${skip})` : ""}`, () => {
  it("shows an article with every mention marked by type and every quote tagged with its speaker", async () => {
    const summary = await summaryOf(own.london.id);
    const page = await open(`/view/articles/${own.london.id}`);
    expect(await page.locator("h1").first().textContent()).toBe(summary.headline);
    const marks = await page.locator("mark[data-type]").evaluateAll((els) => els.filter((e) => !e.closest(".legend")).map((e) => e.getAttribute("data-type")));
    expect(marks).toHaveLength(markedMentions(summary));
    expect(new Set(marks)).toEqual(new Set(["PERSON", "LOCATION", "ORGANIZATION"]));
    const speakers = await page.locator("q[data-speaker]").evaluateAll((els) => els.map((e) => e.getAttribute("data-speaker")));
    expect(speakers).toEqual(summary.quotes.map((q) => q.speaker ?? ""));
    // Side panels: entities by type, quotes by speaker, each quote linked to its place in the text.
    expect(await page.locator('aside ul[data-entity-type="PERSON"] li').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("Hélène Marchetti")]));
    const marchettiQuotes = page.locator('aside ul[data-speaker="Hélène Marchetti"] a');
    expect(await marchettiQuotes.count()).toBe(summary.quotes.filter((q) => q.speaker === "Hélène Marchetti").length);
    await marchettiQuotes.first().click();
    expect(await page.evaluate("document.querySelector(':target')?.tagName")).toBe("Q");
    expect(alarms).toEqual([]);
  });

  it("sends a Content-Security-Policy that allows no script", async () => {
    const response = await fetch(`${stack.queryUrl}/view/articles/${own.hostile.id}`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe|\*)/);
  });

  it("shows hostile article text as text: no script runs, no element is injected", async () => {
    const summary = await summaryOf(own.hostile.id);
    expect(summary.headline).toContain("<script>");
    const page = await open(`/view/articles/${own.hostile.id}`);
    expect(await page.locator("h1").first().textContent()).toBe(summary.headline);
    expect(await page.title()).toContain("<script>");
    // The only script is ours, from a file (the CSP forbids inline script).
    expect(await page.locator("script").evaluateAll((els) => els.map((e) => [e.getAttribute("src"), e.textContent]))).toEqual([["/view/assets/viewer.js", ""]]);
    expect(await page.locator("article img, article a").count()).toBe(0);
    const text = await page.locator("article.text").textContent();
    expect(text).toContain("<img src=x onerror=alert(1)>");
    expect(text).toContain('<a href="javascript:alert(2)">click</a>');
    expect(text).toContain("javascript:alert(document.cookie)");
    // Every link on the page is ours.
    const hrefs = await page.locator("a[href]").evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
    expect(hrefs.filter((h) => !/^(\/view|#)/.test(h))).toEqual([]);
    await page.waitForTimeout(200);
    expect(alarms).toEqual([]);
  });

  it("filters the list by status with the failure reason, language, entity, speaker and headline text", async () => {
    const rows = async (query: string) => (await open(`/view?${query}`)).locator("table.list tbody tr").allTextContents();
    const failed = await rows("status=FAILED");
    expect(failed.some((r) => r.includes("viewer/empty.txt") && /EMPTY|empty/i.test(r))).toBe(true);

    const english = await rows("lang=en");
    expect(english.some((r) => r.includes("Geneva"))).toBe(true);
    expect(english.some((r) => r.includes("Londres"))).toBe(false);

    const london = await rows(`entity=${encodeURIComponent("London")}`);
    expect(london).toHaveLength(1);
    expect(london[0]).toContain("Londres");

    const quotes = await rows("speaker=marchetti");
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    expect(quotes.every((r) => r.includes("Hélène Marchetti"))).toBe(true);

    const text = await rows("q=harbour");
    expect(text).toHaveLength(1);
    expect(text[0]).toContain("Council vote");
  });

  it("is usable from the keyboard: skip link, then the search box, then results", async () => {
    const page = await open("/view");
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement?.textContent")).toBe("Skip to content");
    await page.locator("#site-search").focus();
    await page.keyboard.type("Mme Marchetti");
    await Promise.all([page.waitForURL(/entity=/), page.keyboard.press("Enter")]);
    const rows = await page.locator("table.list tbody tr").allTextContents();
    expect(rows).toHaveLength(2);
    // Focus is visible: the outline rule applies to a focused control.
    await page.locator("#site-search").focus();
    expect(await page.evaluate("getComputedStyle(document.querySelector('#site-search')).outlineStyle")).not.toBe("none");
  });

  it("suggests names in the search box as the user types", async () => {
    const page = await open("/view");
    await page.locator("#site-search").focus();
    await page.keyboard.type("March");
    await page.locator("#entity-suggestions option").first().waitFor({ state: "attached" });
    const options = await page.locator("#entity-suggestions option").evaluateAll((els) => els.map((e) => e.getAttribute("value")));
    expect(options).toContain("Hélène Marchetti");
    expect(alarms).toEqual([]);
  });

  it("asks again when a suggestion request fails, instead of remembering the prefix as answered", async () => {
    const page = await context.newPage();
    watch(page);
    let failed = 0;
    await page.route(/\/entities\?prefix=/, async (route) => {
      if (failed++ === 0) await route.fulfill({ status: 503, body: "busy" });
      else await route.continue();
    });
    await page.goto(`${stack.queryUrl}/view`);
    await page.locator("#site-search").focus();
    await page.keyboard.type("Marchetti");
    await page.locator("#entity-suggestions option").first().waitFor({ state: "attached" });
    expect(failed).toBeGreaterThanOrEqual(2);
    expect(await page.locator("#entity-suggestions option").evaluateAll((els) => els.map((e) => e.getAttribute("value")))).toContain("Hélène Marchetti");
  });

  it("asks again when a suggestion request hangs, instead of waiting on it for good", async () => {
    const page = await context.newPage();
    watch(page);
    let asked = 0;
    await page.route(/\/entities\?prefix=/, async (route) => {
      // The first request never answers.
      if (asked++ > 0) await route.continue();
    });
    await page.goto(`${stack.queryUrl}/view`);
    await page.locator("#site-search").focus();
    await page.keyboard.type("Marchetti");
    await page.locator("#entity-suggestions option").first().waitFor({ state: "attached", timeout: 20_000 });
    expect(asked).toBeGreaterThanOrEqual(2);
    expect(await page.locator("#entity-suggestions option").evaluateAll((els) => els.map((e) => e.getAttribute("value")))).toContain("Hélène Marchetti");
  });

  it("shows a person's quotes across articles on a timeline, newest first", async () => {
    const page = await open(`/view/entities/${encodeURIComponent("marchetti")}`);
    expect(await page.locator("h1").textContent()).toBe("Hélène Marchetti");
    const dates = await page.locator("ol.timeline time").allTextContents();
    expect(dates).toEqual(["2025-03-21", "2025-03-14"]);
    expect(await page.locator("ol.timeline blockquote").count()).toBeGreaterThanOrEqual(3);
    await page.locator("ol.timeline a").first().click();
    await page.waitForURL(new RegExp(`/view/articles/${own.geneva.id}`));
  });

  it("works through the signing proxy of `news-summary view`, autocomplete included", async () => {
    // The local query server ignores the signature; the proxy signs as it would for AWS.
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDVIEWERTEST");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "viewer-test-secret");
    const proxy = await startViewProxy({ upstream: stack.queryUrl, get: signedGet });
    let page: Page | undefined;
    try {
      page = await context.newPage();
      watch(page);
      await page.goto(proxy.url.replace(/\/view$/, "/"));
      expect(await page.locator("table.list tbody tr").count()).toBeGreaterThanOrEqual(3);
      await page.locator("#site-search").focus();
      await page.keyboard.type("Marc");
      await page.locator("#entity-suggestions option").first().waitFor({ state: "attached" });
      expect(await page.locator("#entity-suggestions option").evaluateAll((els) => els.map((e) => e.getAttribute("value")))).toContain("Hélène Marchetti");
      await page.locator("table.list a").first().click();
      await page.waitForURL(/\/view\/articles\//);
      expect(await page.locator("mark[data-type]").count()).toBeGreaterThan(0);
    } finally {
      // The page would go on asking for suggestions through a proxy that is gone.
      await page?.close();
      await proxy.close();
      vi.unstubAllEnvs();
    }
  });

  it("answers odd names with an empty page, not an error", async () => {
    for (const name of ["%25", "a%2Fb", "%22%27", "x".repeat(300)]) {
      const page = await open(`/view/entities/${name}`);
      expect(await page.locator(".empty").count(), name).toBeGreaterThan(0);
    }
  });
});

describe.skipIf(skip || seedMissing)(`the seed article in chromium${skip || seedMissing ? ` (skipped: ${skip ?? seedMissing})` : ""}`, () => {
  let seed: ArticleStatus;
  beforeAll(async () => {
    seed = await dropSeed(stack);
  }, 120_000);

  it("shows the headline, at least 40 entity marks and 9 quotes, 3 of them Poutine's", async () => {
    expect(seed.state).toBe("PROCESSED");
    const page = await open(`/view/articles/${seed.id}`);
    expect(await page.locator("h1").first().textContent()).toContain("Poutine au Kazakhstan");
    const marks = await page.locator("mark[data-type]").evaluateAll((els) => els.filter((e) => !e.closest(".legend")).length);
    expect(marks).toBeGreaterThanOrEqual(40);
    const speakers = await page.locator("q[data-speaker]").evaluateAll((els) => els.map((e) => e.getAttribute("data-speaker")));
    expect(speakers).toHaveLength(9);
    expect(speakers.filter((s) => s === "Vladimir Poutine")).toHaveLength(3);
    expect(alarms).toEqual([]);
  });

  it("lists Poutine's quotes on his page", async () => {
    const page = await open(`/view/entities/Poutine`);
    expect(await page.locator("h1").textContent()).toBe("Vladimir Poutine");
    expect(await page.locator('ol.timeline blockquote[data-speaker="Vladimir Poutine"]').count()).toBe(3);
  });
});
