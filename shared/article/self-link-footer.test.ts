import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { dropSelfLinkFooter, type TreeNode } from "./self-link-footer";
import { parseXml } from "./xml-tree";

const LINK = "https://news.example.com/2026/05/story";
const html = (markup: string, title: string | null = "Story"): string => {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  const body = (document as unknown as { body: TreeNode & { innerHTML: string } }).body;
  dropSelfLinkFooter(body, LINK, title);
  return body.innerHTML;
};

describe("dropSelfLinkFooter", () => {
  it("drops a closing block that is mostly a link to the item itself", () => {
    expect(html(`<p>Text.</p><p>The post <a href="${LINK}/">Story</a> appeared first on <a href="https://news.example.com">News</a>.</p>`)).toBe("<p>Text.</p>");
    expect(html(`<p>Texte.</p><p><a href="http://news.example.com/2026/05/story?utm_source=rss&amp;utm_medium=feed">Lire la suite</a></p>`)).toBe("<p>Texte.</p>");
  });

  it("drops only the link when it closes a paragraph of text", () => {
    expect(html(`<p>Crews will start repaving Main Street on Monday. <a href="${LINK}">Read more</a></p>`)).toBe("<p>Crews will start repaving Main Street on Monday. </p>");
  });

  it("keeps a link to the item that is followed by text, sits inside a sentence, or points elsewhere", () => {
    const followed = `<p><a href="${LINK}">Continue reading</a></p><p>Public comment closes on June 1.</p>`;
    expect(html(followed)).toBe(followed);
    const inSentence = `<p>Parents can read <a href="${LINK}">the full proposal</a> online.</p>`;
    expect(html(inSentence)).toBe(inSentence);
    const elsewhere = `<p>Text.</p><p><a href="https://news.example.com/2026/05/other">Continue reading</a></p>`;
    expect(html(elsewhere)).toBe(elsewhere);
  });

  it("works on the XML tree of an unescaped description", () => {
    const { root } = parseXml(`<description><p>Text of the story.</p><p><a href="${LINK}">Continue reading</a></p></description>`);
    dropSelfLinkFooter(root!, LINK);
    expect(root!.textContent).toBe("Text of the story.");
  });
});

describe("dropSelfLinkFooter and the item's title", () => {
  it("drops 'The post <a>Title</a> appeared first on …' only when the link names the item's title", () => {
    const footer = `<p>Text.</p><p>The post <a href="${LINK}">Story</a> appeared first on News.</p>`;
    expect(html(footer, "Story")).toBe("<p>Text.</p>");
    expect(html(footer, "Another title")).toBe(footer);
    expect(html(footer, null)).toBe(footer);
  });
});

describe("dropSelfLinkFooter on a body that is only the link", () => {
  it("keeps a teaser wrapped in a link to the item", () => {
    const teaser = `<a href="${LINK}">The council will vote on the new budget on Thursday evening.</a>`;
    expect(html(teaser)).toBe(teaser);
    const inP = `<p><a href="${LINK}">The council will vote on the new budget on Thursday evening.</a></p>`;
    expect(html(inP)).toBe(inP);
  });
});
