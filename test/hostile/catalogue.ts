import { PIPELINE_LIMITS } from "../../shared/pipeline-config";
import { expect } from "vitest";
import type { ArticleSummary } from "../../shared/summary";
import { generatedArticle, proseWords, seededRandom } from "../support/article-text";

/**
 * The hostile-input catalogue: broken, binary, oddly encoded, oversized and
 * pathological objects, each built in code (nothing binary is committed)
 * with the outcome the contract (issues 3 and 5) promises for it.
 */
export type Expectation =
  /** Summarised; `check` asserts the fields that matter for this input. */
  | { state: "PROCESSED"; check?: (summary: ArticleSummary) => void; orFailedWith?: string[] }
  /** Refused with one of these reason codes (several only where the contract allows either). */
  | { state: "FAILED"; codes: string[] };

export interface HostileCase {
  group: string;
  key: string;
  /** Built lazily: some are megabytes. */
  body: () => Uint8Array | string;
  expect: Expectation;
}

const MB = 1024 * 1024;
const bytes = (...parts: (number[] | Uint8Array | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p as number[]))));

export const FRENCH_HEADLINE = "Été record à Besançon : la préfecture déclenche l'alerte sécheresse";
const FRENCH_BODY = [
  "La préfète du Doubs a annoncé mercredi des restrictions d'eau inédites pour les communes de l'agglomération, après un été marqué par une chaleur exceptionnelle et des pluies très rares.",
  "Les agriculteurs de la région estiment que les pertes de récolte pourraient dépasser le tiers de la production habituelle. « Nous n'avons jamais vu une telle sécheresse », a déclaré le président de la chambre d'agriculture.",
  "Les arrosages des jardins et le lavage des voitures sont désormais interdits jusqu'à nouvel ordre, et les contrevenants s'exposent à une amende.",
];
const FRENCH_TEXT = `${FRENCH_HEADLINE}\n\n${FRENCH_BODY.join("\n\n")}\n`;
/** Characters only Windows-1252 has (not Latin-1): œ, curly quotes, euro, ellipsis. */
const CP1252_HEADLINE = "Le cœur du budget : 3 milliards d’€ pour l’hôpital…";
const CP1252_TEXT = `${CP1252_HEADLINE}\n\n${FRENCH_BODY.join("\n\n")} Le « plan œuvre » coûte 12 € par habitant.\n`;

const english = generatedArticle(1, "en");
const french = generatedArticle(2, "fr");

const CP1252_EXTRA: Record<string, number> = { "€": 0x80, "…": 0x85, "œ": 0x9c, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97 };
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (c) => {
    const code = c.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const mapped = CP1252_EXTRA[c];
    if (mapped === undefined) throw new Error(`${c} is not in Windows-1252`);
    return mapped;
  });
}
const utf16le = (text: string) => Buffer.from(text, "utf16le");
const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();
const BOM_UTF8 = [0xef, 0xbb, 0xbf];
const BOM_UTF16LE = [0xff, 0xfe];
const BOM_UTF16BE = [0xfe, 0xff];

function randomBytes(length: number, seed: number, from = 0, to = 256): Uint8Array {
  const rng = seededRandom(seed);
  return Uint8Array.from({ length }, () => from + Math.floor(rng() * (to - from)));
}

/** Every segment's text, to look for mojibake and leftovers. */
const allText = (s: ArticleSummary) => [s.headline ?? "", ...s.segments.map((g) => g.text)].join("\n");

const processedWithHeadline = (headline: string, language?: string) => ({
  state: "PROCESSED" as const,
  check: (s: ArticleSummary) => {
    expect(s.headline).toBe(headline);
    if (language) expect(s.language).toBe(language);
    expect(allText(s)).not.toMatch(/[\uFFFD\u0000]/);
  },
});

const processed = (check?: (s: ArticleSummary) => void) => ({ state: "PROCESSED" as const, check });
const failed = (...codes: string[]) => ({ state: "FAILED" as const, codes });
/** Nothing to summarise: the contract names no single code for "markup but no text". */
const NOTHING_TO_SUMMARISE = ["NO_TEXT", "EMPTY"];

export const htmlPage = (title: string, body: string, head = "") =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
export const articleHtml = `<article><h1>${FRENCH_HEADLINE}</h1>${FRENCH_BODY.map((p) => `<p>${p}</p>`).join("")}</article>`;

function nestedJson(depth: number, open: string, close: string, inner = "1"): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

export const HOSTILE_CASES: HostileCase[] = [
  // --- Empty and odd text ---
  { group: "odd text", key: "hostile/empty.txt", body: () => "", expect: failed("EMPTY") },
  { group: "odd text", key: "hostile/whitespace-only.txt", body: () => " \n\t\n\r\n   \u00a0\n", expect: failed("EMPTY") },
  {
    group: "odd text",
    key: "hostile/one-word.txt",
    body: () => "Bonjour",
    expect: processed((s) => {
      expect(s.stats.words).toBe(1);
      // Too short to tell (issue 3).
      expect(s.language).toBe("und");
    }),
  },
  {
    group: "odd text",
    key: "hostile/ten-thousand-one-word-lines.txt",
    body: () => proseWords(10_000, "en", 3).join("\n"),
    expect: processed((s) => expect(s.stats.words).toBeGreaterThanOrEqual(10_000)),
  },
  {
    group: "odd text",
    key: "hostile/one-5mb-line.txt",
    body: () => {
      const words = proseWords(900_000, "en", 4).join(" ");
      return words.slice(0, 5 * MB);
    },
    expect: processed((s) => {
      expect(s.stats.characters).toBe(5 * MB);
      expect(s.stats.words).toBeGreaterThan(500_000);
      // A headline is a title, not a 5 MB line.
      expect((s.headline ?? "").length).toBeLessThan(1000);
    }),
  },
  {
    group: "odd text",
    key: "hostile/carriage-return-line-endings.txt",
    body: () => english.text.replace(/\n/g, "\r"),
    expect: processed((s) => expect(s.headline).toBe(english.headline)),
  },
  {
    group: "odd text",
    key: "hostile/emoji-bidi-zero-width.txt",
    body: () => `Fête 🎉 au village ‏שלום‎ مرحبا\u200b\u200d\n\n${french.text}`,
    expect: processed((s) => expect(s.headline).toContain("🎉")),
  },

  // --- Binary content named like an article: known formats are named (UNSUPPORTED_FORMAT), the rest is BINARY ---
  { group: "binary", key: "hostile/png-image.txt", body: () => bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR", randomBytes(4096, 11)), expect: failed("UNSUPPORTED_FORMAT") },
  { group: "binary", key: "hostile/pdf-document.txt", body: () => bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n", randomBytes(4096, 12), "\nendstream\n%%EOF\n"), expect: failed("UNSUPPORTED_FORMAT") },
  { group: "binary", key: "hostile/zip-archive.txt", body: () => bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0], randomBytes(4096, 13)), expect: failed("UNSUPPORTED_FORMAT") },
  { group: "binary", key: "hostile/gzip-stream.txt", body: () => bytes([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03], randomBytes(4096, 14)), expect: failed("UNSUPPORTED_FORMAT") },
  { group: "binary", key: "hostile/jpeg-image.html", body: () => bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF\0", randomBytes(4096, 15)), expect: failed("UNSUPPORTED_FORMAT") },
  { group: "binary", key: "hostile/elf-executable.md", body: () => bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], randomBytes(4096, 16)), expect: failed("UNSUPPORTED_FORMAT") },
  { group: "binary", key: "hostile/random-bytes.txt", body: () => randomBytes(64 * 1024, 17), expect: failed("BINARY") },
  // Binary in a .json: either diagnosis tells the user the file is not an article.
  { group: "binary", key: "hostile/pdf-named.json", body: () => bytes("%PDF-1.4\n", randomBytes(2048, 18)), expect: failed("UNSUPPORTED_FORMAT", "BAD_JSON") },
  { group: "binary", key: "hostile/mostly-nul-bytes.txt", body: () => bytes(new Uint8Array(4096), "a few words", new Uint8Array(4096)), expect: failed("BINARY") },
  { group: "binary", key: "hostile/control-characters-only.txt", body: () => randomBytes(4096, 19, 1, 9), expect: failed("BINARY") },

  // --- Encodings ---
  { group: "encoding", key: "hostile/utf8-with-bom.txt", body: () => bytes(BOM_UTF8, Buffer.from(FRENCH_TEXT, "utf8")), expect: {
      state: "PROCESSED",
      check: (s) => {
        processedWithHeadline(FRENCH_HEADLINE, "fr").check(s);
        // Offsets index the text with only the BOM removed.
        expect(s.segments[0].start).toBe(0);
      },
    } },
  { group: "encoding", key: "hostile/latin1-french.txt", body: () => Buffer.from(FRENCH_TEXT, "latin1"), expect: processedWithHeadline(FRENCH_HEADLINE, "fr") },
  { group: "encoding", key: "hostile/windows-1252-french.txt", body: () => windows1252(CP1252_TEXT), expect: processedWithHeadline(CP1252_HEADLINE, "fr") },
  { group: "encoding", key: "hostile/utf16le-with-bom.txt", body: () => bytes(BOM_UTF16LE, utf16le(FRENCH_TEXT)), expect: processedWithHeadline(FRENCH_HEADLINE, "fr") },
  { group: "encoding", key: "hostile/utf16be-with-bom.txt", body: () => bytes(BOM_UTF16BE, utf16be(FRENCH_TEXT)), expect: processedWithHeadline(FRENCH_HEADLINE, "fr") },
  // Without a BOM the contract promises no decoding; the promise is "never mangled into a summary".
  { group: "encoding", key: "hostile/utf16le-no-bom.txt", body: () => utf16le(FRENCH_TEXT), expect: decodedOrRefused(FRENCH_HEADLINE) },
  { group: "encoding", key: "hostile/utf16be-no-bom.txt", body: () => utf16be(FRENCH_TEXT), expect: decodedOrRefused(FRENCH_HEADLINE) },
  {
    group: "encoding",
    key: "hostile/invalid-utf8.txt",
    // Truncated sequences and stray continuation bytes in English text: falls back to Windows-1252.
    body: () => bytes(Buffer.from(english.text.replace("plan", "pl\u0001an"), "utf8"), [0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x80], " trailing words.\n"),
    expect: processed((s) => {
      expect(s.headline).toBe(english.headline);
      expect(s.language).toBe("en");
      expect(allText(s)).not.toContain("\uFFFD");
    }),
  },
  {
    group: "encoding",
    key: "hostile/html-declared-latin1.html",
    body: () => Buffer.from(htmlPage(FRENCH_HEADLINE, articleHtml).replace('charset="utf-8"', 'charset="iso-8859-1"'), "latin1"),
    expect: processedWithHeadline(FRENCH_HEADLINE, "fr"),
  },
  {
    group: "encoding",
    key: "hostile/text-with-control-characters.txt",
    body: () => english.text.replace("plan", "\u001b[31mplan\u001b[0m").replace("This is", "\u0007This\u000b is") + "\f\n",
    expect: processed((s) => {
      expect(s.headline).toBe(english.headline);
      expect(s.language).toBe("en");
    }),
  },

  // --- Size ---
  // Just over PIPELINE_LIMITS.maxObjectBytes.
  { group: "size", key: "hostile/over-size-limit.txt", body: () => Buffer.alloc(PIPELINE_LIMITS.maxObjectBytes + 1, "word "), expect: failed("TOO_LARGE") },

  // --- Broken HTML ---
  {
    group: "html",
    key: "hostile/html-no-article.html",
    body: () =>
      htmlPage(
        "Accueil | Le Journal",
        `<nav><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/rubrique/${i}">Rubrique ${i}</a></li>`).join("")}</ul></nav><div id="cookie">Nous utilisons des cookies. <button>Accepter</button></div><footer><a href="/mentions">Mentions légales</a> © 2023</footer>`,
      ),
    expect: failed(...NOTHING_TO_SUMMARISE),
  },
  {
    group: "html",
    // 200 levels, deeper than real pages go. 5,000 levels run in time-budget.test.ts, in a worker that can be
    // stopped: summarize() is synchronous, and a hang there would stall this whole in-process stack.
    key: "hostile/html-nested-200-deep.html",
    body: () => htmlPage(FRENCH_HEADLINE, `${"<div>".repeat(200)}${articleHtml}${"</div>".repeat(200)}`),
    expect: processed((s) => {
      expect(s.headline).toBe(FRENCH_HEADLINE);
      expect(s.stats.words).toBeGreaterThan(60);
    }),
  },
  {
    group: "html",
    key: "hostile/html-script-only.html",
    body: () => htmlPage("", `<script>${"var x = document.createElement('p'); x.textContent = 'Texte injecté'; ".repeat(200)}</script><noscript></noscript>`, "<script src=/app.js></script><style>p{color:red}</style>"),
    expect: failed(...NOTHING_TO_SUMMARISE),
  },
  {
    group: "html",
    key: "hostile/html-in-a-txt-file.txt",
    body: () => htmlPage(FRENCH_HEADLINE, articleHtml),
    expect: processed((s) => {
      expect(s.headline).toBe(FRENCH_HEADLINE);
      expect(allText(s)).not.toMatch(/<\/?(p|article|h1|html|body|title)\b/i);
    }),
  },
  {
    group: "html",
    key: "hostile/html-unclosed-tags.html",
    // Everything unclosed but <title>, whose content model would swallow the page (it is raw text until </title>).
    body: () => `<html><head><title>${FRENCH_HEADLINE}</title><body><article><p>${FRENCH_BODY[0]}<p><b>${FRENCH_BODY[1]}<i>${FRENCH_BODY[2]}<div><span>`,
    expect: processed((s) => expect(s.stats.words).toBeGreaterThan(60)),
  },

  // --- Broken JSON ---
  { group: "json", key: "hostile/json-malformed.json", body: () => `{"title": "Un titre", "body": "Le texte commence mais`, expect: failed("BAD_JSON") },
  { group: "json", key: "hostile/json-trailing-garbage.json", body: () => `{"title": "Un titre", "body": "Texte."} {"oops": true`, expect: failed("BAD_JSON") },
  { group: "json", key: "hostile/json-wrong-field-types.json", body: () => JSON.stringify({ title: 42, body: 17, published: true, author: ["x"] }), expect: failed("UNKNOWN_JSON_SHAPE", "NO_TEXT") },
  {
    group: "json",
    key: "hostile/json-object-as-title.json",
    body: () => JSON.stringify({ title: { text: "nested" }, body: FRENCH_BODY.join("\n\n"), published: "2023-07-19" }),
    expect: processed((s) => expect(s.headline ?? "").not.toMatch(/\[object|\{/)),
  },
  { group: "json", key: "hostile/json-array-nested-10000.json", body: () => nestedJson(10_000, "[", "]"), expect: failed("UNKNOWN_JSON_SHAPE") },
  { group: "json", key: "hostile/json-object-nested-10000.json", body: () => nestedJson(10_000, '{"body":', "}", '"deep"'), expect: failed("UNKNOWN_JSON_SHAPE") },
  { group: "json", key: "hostile/json-bare-string.json", body: () => JSON.stringify("Just a string, not an item"), expect: failed("UNKNOWN_JSON_SHAPE") },
  { group: "json", key: "hostile/json-empty-object.json", body: () => "{}", expect: failed("UNKNOWN_JSON_SHAPE") },
  {
    group: "json",
    key: "hostile/json-with-bom.json",
    body: () => bytes(BOM_UTF8, Buffer.from(JSON.stringify({ headline: FRENCH_HEADLINE, articleBody: FRENCH_BODY.join("\n\n"), datePublished: "2023-07-19T08:00:00Z" }), "utf8")),
    expect: processed((s) => {
      expect(s.headline).toBe(FRENCH_HEADLINE);
      expect(s.published?.date.slice(0, 10)).toBe("2023-07-19");
    }),
  },

  // --- Pathological text: must stay linear (see linear-time.test.ts) and still end PROCESSED ---
  {
    group: "pathological",
    key: "hostile/100k-quote-marks.txt",
    body: () => `${english.headline}\n\n${proseWords(50_000, "en", 5).map((w) => `"${w}"`).join(" ")}\n`,
    expect: processed((s) => {
      expect(s.headline).toBe(english.headline);
      for (const q of s.quotes) expect(q.end).toBeLessThanOrEqual(s.stats.characters);
    }),
  },
  {
    group: "pathological",
    key: "hostile/unbalanced-quotes.txt",
    body: () => `${french.headline}\n\n${Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? "« il a dit" : i % 3 === 1 ? '"selon' : "» puis“")).join(" ")}\n`,
    expect: processed((s) => expect(s.headline).toBe(french.headline)),
  },
  {
    group: "pathological",
    key: "hostile/50k-capitalised-words.txt",
    body: () => `${english.headline}\n\n${proseWords(50_000, "en", 6).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ")}.\n`,
    expect: processed((s) => expect(s.stats.words).toBeGreaterThanOrEqual(50_000)),
  },
  {
    group: "pathological",
    key: "hostile/punctuation-runs.txt",
    body: () => `${english.headline}\n\nWhat${"!".repeat(100_000)} Really${"?!".repeat(50_000)} Well${".".repeat(100_000)} ${"-—–".repeat(30_000)} end ${",;:".repeat(30_000)}\n`,
    expect: processed((s) => expect(s.headline).toBe(english.headline)),
  },
  {
    group: "pathological",
    key: "hostile/50k-abbreviations.txt",
    body: () => `${french.headline}\n\n${"M. Mme Dr St. U.S. J.-C. ".repeat(10_000)}fin.\n`,
    expect: processed((s) => expect(s.headline).toBe(french.headline)),
  },
  {
    group: "pathological",
    key: "hostile/one-megabyte-word.txt",
    body: () => `${english.headline}\n\n${"a".repeat(MB)}\n`,
    expect: processed((s) => expect(s.headline).toBe(english.headline)),
  },
  {
    // One segment per line: a spread of them into push() once overflowed the stack.
    group: "pathological",
    key: "hostile/150k-one-word-lines.txt",
    body: () => `${english.headline}\n\n${proseWords(150_000, "en", 8).join("\n\n")}\n`,
    expect: processed((s) => expect(s.stats.words).toBeGreaterThanOrEqual(150_000)),
  },
  {
    group: "pathological",
    key: "hostile/150k-paragraph-json-body.json",
    body: () => JSON.stringify({ title: english.headline, body: proseWords(150_000, "en", 9).join("\n\n") }),
    expect: processed((s) => expect(s.headline).toBe(english.headline)),
  },
  {
    group: "pathological",
    key: "hostile/combining-marks.txt",
    body: () => `${french.headline}\n\n${"e\u0301\u0300\u0302\u0308".repeat(100_000)} fin.\n`,
    expect: processed((s) => expect(s.headline).toBe(french.headline)),
  },

  // --- Formats told by content (issue 15 §3, issue 17): any key, named refusals, hostile XML ---
  { group: "formats", key: "hostile/formats/no-suffix", body: () => FRENCH_TEXT, expect: processedWithHeadline(FRENCH_HEADLINE, "fr") },
  {
    group: "formats",
    key: "hostile/formats/nitf-dispatch.xml",
    body: () =>
      `<?xml version="1.0"?><nitf><head><docdata><date.issue norm="20230719T080000+0200"/></docdata></head><body><body.head><hedline><hl1>${FRENCH_HEADLINE}</hl1></hedline><byline>Par <person>Anne Girard</person></byline></body.head><body.content>${FRENCH_BODY.map((p) => `<p>${p}</p>`).join("")}</body.content></body></nitf>`,
    expect: processed((s) => {
      expect(s.headline).toBe(FRENCH_HEADLINE);
      expect(s.authors).toEqual(["Anne Girard"]);
      expect(s.published?.date.slice(0, 10)).toBe("2023-07-19");
    }),
  },
  { group: "formats", key: "hostile/formats/report.docx", body: () => bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0], "[Content_Types].xml", randomBytes(64, 21), "word/document.xml", randomBytes(2048, 22)), expect: failed("UNSUPPORTED_FORMAT") },
  { group: "formats", key: "hostile/formats/photo.png", body: () => bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], randomBytes(2048, 23)), expect: failed("UNSUPPORTED_FORMAT") },
  { group: "formats", key: "hostile/formats/unknown-root.xml", body: () => '<?xml version="1.0"?><inventory><sku>12</sku></inventory>', expect: failed("UNSUPPORTED_FORMAT") },
  {
    group: "formats",
    key: "hostile/formats/billion-laughs.xml",
    body: () =>
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]><rss version="2.0"><channel><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`,
    expect: failed("XML_ENTITIES"),
  },
  {
    group: "formats",
    key: "hostile/formats/xxe.xml",
    body: () => `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>`,
    expect: failed("XML_ENTITIES"),
  },
  {
    group: "formats",
    key: "hostile/formats/feed-50k-nested.xml",
    body: () => `<rss version="2.0"><channel><item><title>t</title><description>${"<x>".repeat(50_000)}${"</x>".repeat(50_000)}</description></item></channel></rss>`,
    expect: failed("XML_LIMIT"),
  },
  {
    group: "formats",
    key: "hostile/formats/feed-every-item-broken.xml",
    body: () => `<rss version="2.0"><channel><item><title>a</titel></item><item><title>b<i></title></item></channel></rss>`,
    expect: failed("ALL_STORIES_FAILED"),
  },
  // Containers and tables read since pipeline 0.8.13: broken ones fail with their reason, and never stall.
  { group: "formats", key: "hostile/formats/table-unclosed-quote.csv", body: () => `title,date,text\n"Unclosed,2025-01-01,"${"x".repeat(10_000)}\n`, expect: failed("BAD_CSV") },
  {
    group: "formats",
    key: "hostile/formats/mhtml-50k-image-parts.mhtml",
    body: () => `MIME-Version: 1.0\nContent-Type: multipart/related; boundary="B"\n\n${"--B\nContent-Type: image/png\n\nx\n".repeat(50_000)}--B--\n`,
    expect: failed("NO_TEXT"),
  },
  { group: "formats", key: "hostile/formats/webarchive-corrupt.webarchive", body: () => bytes("bplist00", new Array(4096).fill(0xff)), expect: failed("UNSUPPORTED_FORMAT") },
  // E-mail messages, read since pipeline 0.8.14: forwarded a thousand levels deep, or holding only attachments.
  {
    group: "formats",
    key: "hostile/formats/email-1000-forwards",
    body: () => `${"From: a@example.org\nTo: b@example.org\nMessage-ID: <x@example.org>\nContent-Type: message/rfc822\n\n".repeat(1000)}From: a@example.org\nTo: b@example.org\n\n`,
    expect: failed("NO_TEXT"),
  },
  {
    group: "formats",
    key: "hostile/formats/email-20k-attachments.eml",
    body: () => `From: a@example.org\nTo: b@example.org\nMessage-ID: <x@example.org>\nContent-Type: multipart/mixed; boundary="B"\n\n${"--B\nContent-Type: image/png\nContent-Disposition: attachment\n\nx\n".repeat(20_000)}--B--\n`,
    expect: failed("NO_TEXT"),
  },
  { group: "formats", key: "hostile/formats/wire-100k-empty-messages.txt", body: () => "\x01\x02\x03".repeat(100_000), expect: failed("BINARY", "ALL_STORIES_FAILED", "NO_TEXT") },

  // --- Object keys (decoded from the notification; status found by the same key) ---
  { group: "keys", key: "hostile/keys/with  spaces in it.txt", body: () => english.text, expect: processedWithHeadline(english.headline) },
  { group: "keys", key: "hostile/keys/a+b=c&d.txt", body: () => english.text, expect: processedWithHeadline(english.headline) },
  { group: "keys", key: "hostile/keys/100% sure %20 %zz.txt", body: () => english.text, expect: processedWithHeadline(english.headline) },
  { group: "keys", key: "hostile/keys/dépêche-北京-Ελλάδα-🚀.txt", body: () => french.text, expect: processedWithHeadline(french.headline) },
  { group: "keys", key: "hostile/keys/cafe\u0301-nfd.txt", body: () => french.text, expect: processedWithHeadline(french.headline) },
  { group: "keys", key: "hostile/keys/what?#hash;semi,comma'quote.txt", body: () => english.text, expect: processedWithHeadline(english.headline) },
  { group: "keys", key: "hostile/keys/UPPER-CASE.TXT", body: () => english.text, expect: processedWithHeadline(english.headline) },
  // 1,000 characters (S3 allows 1,024 bytes), in 100-character folders.
  { group: "keys", key: longKey(1000), body: () => english.text, expect: processedWithHeadline(english.headline) },
  // Exactly 1,024 bytes of UTF-8, with a 300-byte path segment: more than a file name may hold on disk.
  { group: "keys", key: keyOfBytes(1024, 300), body: () => french.text, expect: processedWithHeadline(french.headline) },
  { group: "keys", key: "hostile/keys/../../escape.txt", body: () => english.text, expect: processedWithHeadline(english.headline) },
  { group: "keys", key: "hostile/keys/a/./b//c.txt", body: () => english.text, expect: processedWithHeadline(english.headline) },
  { group: "keys", key: "hostile/keys/folder-like/", body: () => english.text, expect: processedWithHeadline(english.headline) },
  { group: "keys", key: "hostile/keys/no-suffix-at-all", body: () => french.text, expect: processedWithHeadline(french.headline) },
];

/** A key of exactly `bytes` bytes of UTF-8 (two-byte "é"s), whose last segment is `segment` bytes. */
function keyOfBytes(bytes: number, segment: number): string {
  const prefix = "hostile/keys/bytes/";
  const last = "é".repeat(segment / 2);
  const folders = bytes - prefix.length - segment;
  const middle = Array.from({ length: folders }, (_, i) => (i % 100 === 99 ? "/" : "k")).join("");
  const key = `${prefix}${middle.replace(/\/$/, "k")}${last}`;
  if (Buffer.byteLength(key) !== bytes) throw new Error(`keyOfBytes built ${Buffer.byteLength(key)} bytes`);
  return key;
}

/** A key of exactly `length` characters ending in .txt. */
function longKey(length: number): string {
  const prefix = "hostile/keys/long/";
  const middle = Array.from({ length: length - prefix.length - ".txt".length }, (_, i) => (i % 100 === 99 ? "/" : "k")).join("");
  return `${prefix}${middle.replace(/\/$/, "k")}.txt`;
}

/** Decoded right (sniffed) or refused: the contract promises no decoding, only "never mangled into a summary". */
function decodedOrRefused(headline: string): Expectation {
  return { state: "PROCESSED", check: (s) => expect(s.headline).toBe(headline), orFailedWith: ["BINARY", "BAD_ENCODING"] };
}
