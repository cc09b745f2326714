import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { type DomElement, indexDocument } from "./dom-index";

const indexOf = (html: string) => indexDocument(parseHTML(html).document as unknown as DomElement);

describe("indexDocument: page furniture", () => {
  const furnitureOf = (html: string) => Object.fromEntries(indexOf(html).paragraphs.map((p) => [p.element.textContent, p.inFurniture]));

  it("flags paragraphs in navigation, footers, comments, related links and sidebars", () => {
    const f = furnitureOf(`<html><body>
<nav><p>nav</p></nav><div class="comments-area"><p>comment</p></div><aside><p>aside</p></aside>
<div class="widget sidebar"><p>sidebar</p></div><ul class="related-posts"><li><p>related</p></li></ul><footer><p>footer</p></footer>
<article><p>story</p></article></body></html>`);
    expect(f).toEqual({ nav: true, comment: true, aside: true, sidebar: true, related: true, footer: true, story: false });
  });

  it("reads a layout class or a body class as an arrangement, not as furniture", () => {
    const f = furnitureOf(`<html class="with-banner--skyscraper-aside"><body class="pageLayout--related">
<div class="o-row c-fixed-sidebar-layout--140--left@lg"><article><p>story</p></article></div></body></html>`);
    expect(f).toEqual({ story: false });
  });
});

describe("indexDocument: standfirsts", () => {
  it("lists lead-like elements in document order, also in the article header, but not in pictures, blurbs or other furniture", () => {
    const index = indexOf(`<html><body>
<nav><p class="intro">menu intro</p></nav>
<header><p class="site-description">site blurb</p><div class="article__lead">lead</div></header>
<figure><figcaption class="summary">caption</figcaption></figure>
<div class="chapo">chapo</div></body></html>`);
    expect(index.standfirsts.map((e) => e.textContent)).toEqual(["lead", "chapo"]);
  });

  it("takes a single article view's own teaser text as its lead, and other teasers as furniture", () => {
    const index = indexOf(`<html><body>
<div class="teaser-list"><div class="teaser-text">another article</div></div>
<div class="news news-single"><div class="article"><div class="teaser-text">own lead</div><p>story</p>
<div class="news-related"><div class="teaser-text">related article</div></div></div></div></body></html>`);
    expect(index.standfirsts.map((e) => e.textContent)).toEqual(["own lead"]);
  });
});
