import { describe, expect, it } from "vitest";
import { summarizeFile, type FileSummary } from "../summarize";
import type { ArticleSummary } from "../summary";
import { fixture, FIXTURES_DIR } from "./fixtures";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Wire and feed files written the way agencies and sites write them (our own
 * articles, in shared/article/fixtures): namespace prefixes, packages and
 * pictures in a newsMessage, plain-text renditions, NITF's location parts and
 * plain bylines, WordPress feed footers, RSS 1.0, Atom's three content types.
 * The expected values are read from each file by hand, not from the program.
 */
const read = (name: string): FileSummary => summarizeFile({ id: name, name, body: readFileSync(join(FIXTURES_DIR, name)) }, { withText: true });
const ok = (f: FileSummary): ArticleSummary[] => f.stories.map((s) => s.summary!).filter(Boolean);
const allText = (s: ArticleSummary) => [s.headline ?? "", ...s.segments.map((g) => g.text)].join("\n");
const speakerOf = (s: ArticleSummary, words: string) => s.quotes.find((q) => q.text.includes(words))?.speaker;
const named = (s: ArticleSummary, type: string) => s.entities.filter((e) => e.type === type).map((e) => e.name);
const kind = (s: ArticleSummary, k: string) => s.segments.filter((g) => g.kind === k).map((g) => g.text);
const offsetsHold = (s: ArticleSummary) => {
  for (const g of s.segments) expect(s.text!.slice(g.start, g.end)).toBe(g.text);
};

describe("NewsML-G2 newsMessage with nar: prefixes, a package, a picture and a text/plain item", () => {
  const file = read("fr-en-newsml-agency-message.xml");
  const [lyon, london] = ok(file);

  it("is one article per text item: the packageItem and the picture item are no story", () => {
    expect(file).toMatchObject({ format: "newsml", multi: true });
    expect(file.stories.map((s) => s.story.guid)).toEqual(["urn:newsml:agence.example.fr:20260314:lyon-metro-fr", "urn:newsml:agence.example.fr:20260314:london-tube-en"]);
    expect(file.stories.every((s) => s.summary)).toBe(true);
  });

  it("takes the main headline by role, the sub one as a heading, firstCreated over versionCreated, and the creators", () => {
    expect(lyon.headline).toBe("À Lyon, le métro paralysé par une grève des conducteurs");
    expect(kind(lyon, "heading")).toEqual(["La mairie appelle la Régie des transports à rouvrir le dialogue"]);
    expect(lyon.published).toMatchObject({ date: "2026-03-14T15:12:00+01:00", precision: "time", source: "metadata" });
    expect(lyon.language).toBe("fr");
    expect(lyon.authors).toEqual(["Marion DURAND", "Paul Leroy"]);
    expect(kind(lyon, "dateline")).toEqual(["Lyon, 14 mars 2026 (AFP) -"]);
  });

  it("reads the text/plain rendition with its paragraphs, contentCreated as its date, and no second dateline", () => {
    expect(london.headline).toBe("London Underground drivers vote to accept new pay offer");
    expect(london.language).toBe("en");
    expect(london.authors).toEqual(["Helen Price"]);
    expect(london.published?.date).toBe("2026-03-14T17:45:00+00:00");
    expect(kind(london, "paragraph")).toHaveLength(5);
    // located is "London"; the text opens "LONDON, March 14 (AFP) -": the place is not repeated.
    expect(kind(london, "dateline")).toEqual(["LONDON, March 14 (AFP) -"]);
    expect(london.text).not.toMatch(/^London$/m);
    offsetsHold(london);
  });

  it("keeps metadata out of the text: qcodes, slugline, keywords, summary, XHTML head, picture caption, package headline, editors", () => {
    for (const s of [lyon, london]) {
      const text = allText(s);
      expect(text).not.toMatch(/qcode|medtop|ninat|afpcity|nprov|catalog|stat:usable|urn:newsml/i);
      expect(text).not.toMatch(/France-transports-grève-Lyon|grève-métro-lyon|Britain-transport-strike|Actualise avec|Actualisation|Tous droits réservés/);
      expect(text).not.toMatch(/Paquet : métro|quai de la station Bellecour, à Lyon|KSIAZEK|Claire Bonnet|Service général/);
      expect(s.entities.map((e) => e.name)).not.toContain("Claire Bonnet");
    }
    // The drol:summary repeats the first paragraph: it is in the text once, as the paragraph.
    expect(lyon.text!.split("Le métro lyonnais est resté quasiment à l'arrêt samedi").length).toBe(2);
  });

  it("finds the quoted people, not the authors, as speakers", () => {
    expect(speakerOf(lyon, "ville de cette taille")).toBe("Bertrand Vasseur");
    expect(speakerOf(lyon, "trois courriers")).toBe("Sandrine Morel");
    expect(speakerOf(lyon, "jamais été fermée")).toBe("Hervé Castel");
    expect(speakerOf(london, "good result for drivers")).toBe("Mark Ellison");
    expect(speakerOf(london, "next stage of modernisation")).toBe("Andrew Lyle");
    for (const s of [lyon, london]) for (const q of s.quotes) expect(["Marion DURAND", "Paul Leroy", "Helen Price"]).not.toContain(q.speaker);
    expect(named(lyon, "PERSON")).toEqual(expect.arrayContaining(["Bertrand Vasseur", "Sandrine Morel", "Hervé Castel"]));
    expect(named(lyon, "LOCATION")).toContain("Lyon");
  });
});

describe("NewsML-G2 newsItem with a line-per-paragraph text/plain body and a `by` line instead of creators", () => {
  const file = read("fr-newsml-item-tram-strasbourg.xml");
  const [tram] = ok(file);

  it("reads one paragraph per line when the text has no blank line", () => {
    expect(file).toMatchObject({ format: "newsml", multi: false });
    expect(kind(tram, "paragraph")).toHaveLength(5);
    expect(kind(tram, "paragraph")[1]).toMatch(/^Le chantier, d'un coût de 95 millions/);
    offsetsHold(tram);
  });

  it("takes the author from `by`, the language from xml:lang, the date from contentCreated", () => {
    expect(tram.authors).toEqual(["Julie SCHMITT"]);
    expect(tram.language).toBe("fr");
    expect(tram.published?.date).toBe("2026-05-02T10:30:00+02:00");
    expect(tram.headline).toBe("Le tram de Strasbourg ira jusqu'à Kehl-Est dès 2028");
  });

  it("keeps the itemMeta title (a slug), the teaser and the keywords out of the text; finds the speakers", () => {
    expect(allText(tram)).not.toMatch(/Strasbourg-tram-prolongement|a voté vendredi le prolongement de la ligne D\.|Politique|dpacat|Par Julie/);
    expect(speakerOf(tram, "relie deux pays")).toBe("Odile Kessler");
    expect(speakerOf(tram, "étape importante")).toBe("Wolfgang Reiter");
  });

  it("falls back to itemMeta's title, and to a newsMessage's xml:lang, when contentMeta states neither", () => {
    const doc = fixture("fr-newsml-item-tram-strasbourg.xml")
      .replace(/<headline>[^<]*<\/headline>/, "")
      .replace(' xml:lang="fr"', "")
      .replace(/^<\?xml[^>]*>\s*/, "");
    const message = `<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/" xml:lang="fr-FR"><header><sent>2026-05-02T11:50:00+02:00</sent></header><itemSet>${doc}</itemSet></newsMessage>`;
    const [s] = ok(summarizeFile({ id: "m", name: "m.xml", body: message }));
    expect(s.headline).toBe("Strasbourg-tram-prolongement");
    expect(s.language).toBe("fr");
  });
});

describe("NITF 3.6 with DOCTYPE, media, notes, body.end and a structured dateline", () => {
  const [ferry] = ok(read("en-nitf-ferry-fares.xml"));

  it("takes hl1 over head/title, hl2 as subheadline, date.issue, persons of the byline", () => {
    expect(ferry.headline).toBe("Island Sound Ferries raises fares by 12 percent from January");
    expect(kind(ferry, "heading")).toEqual(["Commuters and island businesses say the increase will hit them hardest"]);
    expect(ferry.published?.date).toBe("2023-11-09T14:30:00+01:00");
    expect(ferry.authors).toEqual(["Rebecca Holt", "Daniel Okafor"]);
    expect(ferry.language).toBe("en");
  });

  it("joins the dateline's location parts instead of running them together", () => {
    expect(kind(ferry, "dateline")).toEqual(["Seattle, Washington, Nov. 9"]);
    expect(named(ferry, "LOCATION")).not.toContain("SeattleWashington");
  });

  it("keeps head, docdata, notes, abstract, byline and body.end out of the text; the photo caption stays a caption", () => {
    const text = allText(ferry);
    expect(text).not.toMatch(/US-FERRY-FARES|WIRE-20231109|Eds: Updates|Example Wire Writers|Associated reporting|Company statement|will raise fares by 12 percent in January\.|By Rebecca/);
    expect(kind(ferry, "caption")).toEqual(["A ferry leaves the dock at Bainbridge Island on Wednesday. (Photo: Example Wire/Sam Lee)"]);
    expect(kind(ferry, "paragraph")).toHaveLength(6);
  });

  it("finds the quoted people", () => {
    expect(speakerOf(ferry, "held fares flat")).toBe("Carla Mendes");
    expect(speakerOf(ferry, "road to work")).toBe("Tom Whitaker");
  });
});

describe("NITF in ISO-8859-1 with a namespace, only head/title, a plain byline and pubdata", () => {
  const [velo] = ok(read("fr-nitf-latin1-loire-velo.xml"));

  it("reads the title, the publication date, the byline without the writers' title, the body's xml:lang", () => {
    expect(velo.headline).toBe("Nantes : la Loire à vélo rouverte entre Couëron et Indre");
    expect(velo.published?.date).toBe("2025-07-11T06:00:00+02:00");
    expect(velo.authors).toEqual(["Anne-Sophie LE GUEN", "Karim BENALI"]);
    expect(velo.language).toBe("fr");
    expect(kind(velo, "dateline")).toEqual(["NANTES (Loire-Atlantique)"]);
    expect(kind(velo, "heading")).toEqual(["Un bac gratuit tout l'été"]);
  });

  it("keeps the doc-id and byline out of the text and finds the speakers", () => {
    expect(allText(velo)).not.toMatch(/OF-2025|correspondants|Par Anne-Sophie|Ouest Exemple/);
    expect(speakerOf(velo, "maillon qui manquait")).toBe("Jean-Paul Guillou");
    expect(speakerOf(velo, "familles reviennent")).toBe("Nadia Perrot");
  });
});

describe("RSS 2.0 as French regional sites write it", () => {
  const file = read("fr-rss-feed-alpes.xml");
  const [piscine, tunnel, marche] = ok(file);

  it("reads each item: CDATA title, dc:creator, pubDate; dc:date when there is no pubDate; author's bracketed name", () => {
    expect(file).toMatchObject({ format: "rss", multi: true });
    expect(file.stories.map((s) => s.story.guid)).toEqual([
      "jdr-12345",
      // No guid: the link identifies the item.
      "https://www.journal-regions.example.fr/haute-savoie/annecy-tunnel-semnoz-12346.php",
      "https://www.journal-regions.example.fr/savoie/chambery-marche-couvert-12347.php",
    ]);
    expect(piscine).toMatchObject({ headline: "Grenoble : la piscine Jean-Bron fermée pour deux ans de travaux", authors: ["Nathalie Giraud"], language: "fr" });
    expect(piscine.published?.date).toBe("2026-02-09T18:30:00+01:00");
    expect(tunnel.headline).toBe("Annecy : le tunnel du Semnoz rouvre après trois semaines d’éboulement");
    expect(tunnel.published?.date).toBe("2026-02-09T16:45:00+01:00");
    expect(tunnel.authors).toEqual(["Yves Perrier"]);
    expect(marche.authors).toEqual(["Sophie Blanc"]);
    expect(marche.published?.date).toBe("2026-02-09T14:05:00Z");
  });

  it("reads content:encoded over the description, and an entity-escaped description as HTML", () => {
    expect(kind(piscine, "paragraph")).toHaveLength(4);
    expect(kind(piscine, "caption")).toHaveLength(1);
    expect(kind(tunnel, "paragraph")).toHaveLength(3);
    for (const s of [piscine, tunnel, marche]) expect(s.text).not.toMatch(/<\/?p>|&lt;|&#8217;/);
  });

  it("keeps categories, media:description, enclosure and credits out of the paragraphs; finds the speakers", () => {
    for (const s of [piscine, tunnel, marche]) expect(kind(s, "paragraph").join("\n")).not.toMatch(/Isère|Sport\b|Louis Martin|tunnel\.jpg|Nathalie Giraud|Yves Perrier|redaction@/);
    expect(speakerOf(piscine, "colmater")).toBe("Thierry Chastagner");
    expect(speakerOf(piscine, "perdre des créneaux")).toBe("Émilie Ferrand");
    expect(speakerOf(tunnel, "sécurisation")).toBe("Martial Sauvage");
    expect(speakerOf(marche, "commerçants pourront")).toBe("Marie-Laure Rivet");
  });
});

describe("RSS 2.0 from WordPress", () => {
  const [board] = ok(read("en-rss-wordpress-school-board.xml"));

  it("drops the closing 'The post … appeared first on …' line that links back to the item", () => {
    expect(board.text).not.toMatch(/appeared first on|Riverside Post\./);
    expect(kind(board, "paragraph")).toHaveLength(4);
    expect(kind(board, "paragraph").at(-1)).toBe("The board will take up the proposal again in June.");
    expect(named(board, "ORGANIZATION")).not.toContain("Riverside Post");
  });

  it("keeps the item's fields and speakers", () => {
    expect(board).toMatchObject({ headline: "School board delays vote on later start times", authors: ["Maria Lopez"], language: "en" });
    expect(board.published?.date).toBe("2026-05-14T20:45:00+00:00");
    expect(speakerOf(board, "get this right")).toBe("Karen Wu");
    expect(speakerOf(board, "biologically wired")).toBe("Alan Brooks");
  });

  it("keeps a link to the article that is not the last block", () => {
    const feed = fixture("en-rss-wordpress-school-board.xml").replace(
      "<p>The board will take up the proposal again in June.</p>",
      '<p>The board will take up the proposal again in June.</p>\n<p>Parents can read <a href="https://riversidepost.example.com/2026/05/14/school-board-start-times/">the full proposal</a> online.</p>\n<p>Public comment closes on June 1.</p>',
    );
    const [s] = ok(summarizeFile({ id: "f", name: "f.xml", body: feed }, { withText: true }));
    expect(s.text).toContain("Parents can read the full proposal online.");
    expect(s.text).not.toMatch(/appeared first on/);
  });
});

describe("RSS 1.0 (RDF)", () => {
  const file = read("en-rdf-feed-millbrook.xml");
  const [bridge] = ok(file);

  it("reads items beside the channel, rdf:about as id, dc:date, dc:creator, dc:language", () => {
    expect(file).toMatchObject({ format: "rss", multi: true });
    expect(file.stories.map((s) => s.story.guid)).toEqual(["https://valley.example.org/2026/06/bridge"]);
    expect(bridge).toMatchObject({ headline: "Old mill bridge to reopen to walkers in July", authors: ["Laura Kim"], language: "en" });
    expect(bridge.published?.date).toBe("2026-06-02T08:10:00-04:00");
    expect(kind(bridge, "paragraph")).toHaveLength(3);
    expect(allText(bridge)).not.toMatch(/Transport\n|Valley Courier|rdf:/);
    expect(speakerOf(bridge, "made to order")).toBe("Dennis Ortiz");
  });
});

describe("Atom: html, xhtml, summary-only and text entries, several authors, updated without published", () => {
  const file = read("en-atom-feed-northshire.xml");
  const [flood, bus, library, market] = ok(file);

  it("reads each entry's fields", () => {
    expect(file).toMatchObject({ format: "atom", multi: true });
    expect(file.stories).toHaveLength(4);
    expect(flood.headline).toBe("Council approves £3m flood defence scheme for Thornbury");
    expect(flood.authors).toEqual(["Priya Raman", "Tom Ashworth"]);
    expect(flood.published?.date).toBe("2026-04-20T17:30:00+01:00");
    expect(bus.published?.date).toBe("2026-04-19T12:00:00Z");
    // An entry without its own author has the feed's (RFC 4287, 4.2.1).
    expect(bus.authors).toEqual(["Northshire Gazette newsroom"]);
    expect(library.published?.date).toBe("2026-04-18T10:00:00+01:00");
    expect(market.published?.date).toBe("2026-04-17T15:20:00+01:00");
    for (const s of ok(file)) expect(s.language).toBe("en");
  });

  it("reads escaped HTML, an XHTML div, a summary alone and paragraphs of plain text", () => {
    expect(kind(flood, "paragraph")).toHaveLength(5);
    expect(kind(flood, "caption")).toEqual(["Thornbury high street in February 2024. Photo: Gazette/Ann Cole"]);
    expect(kind(bus, "paragraph")).toHaveLength(3);
    expect(kind(library, "paragraph")).toHaveLength(1);
    expect(kind(market, "paragraph")).toEqual(["Repairs to the roof of Settle market hall have been finished ahead of schedule.", "The market will return to the hall on Saturday, the town council said."]);
    for (const s of ok(file)) expect(s.text).not.toMatch(/<\/?(p|em|strong|div)>|&lt;|&ldquo;|&amp;/);
    // The summary of an entry that has content is not added to its text.
    expect(flood.text).not.toContain("Councillors backed a new flood wall");
  });

  it("finds the quoted people, never the authors", () => {
    expect(speakerOf(flood, "waited far too long")).toBe("Margaret Hughes");
    expect(speakerOf(flood, "see the diggers")).toBe("Brian Walsh");
    expect(speakerOf(bus, "simply be stuck")).toBe("Helen Dawson");
    expect(speakerOf(library, "quiet space")).toBe("Joanne Pike");
  });
});

describe("A lone Atom entry as the root", () => {
  const file = read("fr-atom-entry-colmar.xml");

  it("is one article with the entry's fields", () => {
    expect(file).toMatchObject({ format: "atom", multi: false });
    const [s] = ok(file);
    expect(s).toMatchObject({ headline: "Colmar : le marché de Noël prolongé d'une semaine", authors: ["Lucie Haas"], language: "fr" });
    expect(s.published?.date).toBe("2026-03-02T09:00:00+01:00");
    expect(speakerOf(s, "fréquentation le justifie")).toBe("Éric Schaller");
  });
});

describe("NITF block with its own metadata and inline person/org/location markup", () => {
  const [severn] = ok(read("en-nitf-block-metadata-severn.xml"));

  it("reads the block's byline and dateline as fields and keeps its classifier, copyright, abstract and datasource out of the text", () => {
    expect(severn.authors).toEqual(["Gareth Morgan"]);
    expect(kind(severn, "dateline")).toEqual(["Cardiff"]);
    expect(allText(severn)).not.toMatch(/ENERGY|Copyright|All rights reserved|The government backed a tidal plan|Example Wire|By Gareth/);
    expect(kind(severn, "paragraph")).toHaveLength(3);
  });

  it("keeps inline person, org, location, num and q markup inside their paragraph", () => {
    expect(kind(severn, "paragraph")[0]).toBe(
      "The UK government on Friday backed plans for a tidal lagoon in the Severn estuary, said Ellen Rowe, the energy minister, calling it a once-in-a-generation project.",
    );
    expect(speakerOf(severn, "150,000 homes")).toBe("Ellen Rowe");
    expect(speakerOf(severn, "credible plan")).toBe("Hywel Jones");
    expect(named(severn, "ORGANIZATION")).toContain("Severn Wildlife Trust");
    expect(severn.published?.date).toBe("2026-01-10T09:00:00Z");
  });
});

describe("NewsML-G2 items that are no story", () => {
  const NS = 'xmlns="http://iptc.org/std/nar/2006-10-01/"';
  const picture = `<newsItem guid="pic1"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta><contentMeta><headline>Quai de gare</headline><description role="drol:caption">Des voyageurs attendent un train à la gare de Rennes, le 3 février 2026, pendant une grève des contrôleurs qui a touché toute la région.</description></contentMeta><contentSet><remoteContent href="http://media.example.org/p.jpg" contenttype="image/jpeg"/></contentSet></newsItem>`;
  const text = `<newsItem guid="txt1" xml:lang="en"><itemMeta><itemClass qcode="ninat:text"/><versionCreated>2026-02-03T04:05:06.789Z</versionCreated></itemMeta><contentMeta><headline>Harbour wall repaired</headline></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><xh:html xmlns:xh="http://www.w3.org/1999/xhtml"><xh:body><xh:h1>Harbour wall repaired</xh:h1><xh:p>The harbour wall at Portreath has been repaired after winter storms damaged a 40-metre section of it, the district council said on Tuesday.</xh:p><xh:p>"Fishermen can use the slipway again from next week," said harbour master Colin Treloar.</xh:p></xh:body></xh:html></inlineXML></contentSet></newsItem>`;
  const remote = `<newsItem guid="ref1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><headline>By reference</headline></contentMeta><contentSet><remoteContent href="http://media.example.org/story.xml" contenttype="application/nitf+xml"/></contentSet></newsItem>`;
  const message = (items: string) => `<newsMessage ${NS}><header><sent>2026-02-03T10:00:00Z</sent></header><itemSet>${items}</itemSet></newsMessage>`;
  const pkg = `<packageItem guid="pkg1"><itemMeta><itemClass qcode="ninat:composite"/></itemMeta><contentMeta><headline>Paquet</headline></contentMeta><groupSet root="G1"><group id="G1"><itemRef residref="pic1"/></group></groupSet></packageItem>`;

  it("fails the whole message with a clear reason when it holds only a package and a picture", () => {
    expect(() => summarizeFile({ id: "m", name: "m.xml", body: message(pkg + picture) })).toThrow(/no text item/);
    // What it holds instead, so the sender knows what went wrong.
    expect(() => summarizeFile({ id: "m", name: "m.xml", body: message(pkg + picture) })).toThrow(/it holds a picture \(ninat:picture\)/);
    expect(() => summarizeFile({ id: "p", name: "p.xml", body: picture.replace("<newsItem ", `<newsItem ${NS} `) })).toThrow(/it holds a picture \(ninat:picture\)/);
  });

  it("fails a text item whose text is by reference alone, saying so, and reads the others", () => {
    const file = summarizeFile({ id: "m", name: "m.xml", body: message(pkg + remote + picture + text) });
    expect(file.stories.map((s) => s.story.guid)).toEqual(["ref1", "txt1"]);
    expect(file.stories[0].error?.message).toMatch(/by reference \(remoteContent http:\/\/media\.example\.org\/story\.xml\)/);
    const s = file.stories[1].summary!;
    expect(s.headline).toBe("Harbour wall repaired");
    // The XHTML's h1 repeats the headline: it is not in the text twice, nor is the caption of the picture.
    expect(s.segments.map((g) => g.text)).toEqual([
      "Harbour wall repaired",
      "The harbour wall at Portreath has been repaired after winter storms damaged a 40-metre section of it, the district council said on Tuesday.",
      '"Fishermen can use the slipway again from next week," said harbour master Colin Treloar.',
    ]);
    expect(s.published?.date).toBe("2026-02-03T04:05:06Z");
    expect(s.quotes[0]?.speaker).toBe("Colin Treloar");
  });
});

describe("RSS 2.0 from a small CMS: unescaped HTML description, bylines in dc:creator and author, a pubDate no parser reads", () => {
  const [library, roads] = ok(read("en-rss-feed-hillcrest.xml"));

  it("reads an unescaped description's paragraphs and drops its closing 'Continue reading' link to the item", () => {
    expect(kind(library, "paragraph")).toEqual([
      "The Hillcrest public library will open on Sundays from October, after the town council found the money in its budget for two more staff.",
      '"Sunday is when working families can actually come," said library director Grace Whitfield.',
    ]);
    expect(speakerOf(library, "working families")).toBe("Grace Whitfield");
    // Only the link goes when it closes a paragraph of text; the utm_ parameters do not hide that it is the item's own.
    expect(kind(roads, "paragraph")).toEqual(["Crews will start repaving Main Street on Monday."]);
  });

  it("reads the names of a byline in dc:creator and in author, without 'By' or the writer's title", () => {
    expect(library.authors).toEqual(["Jane Okoro", "Sam Reyes"]);
    expect(roads.authors).toEqual(["Dev Malhotra"]);
  });

  it("takes dc:date when pubDate is not a date ('Today 10:15'), and CDT as -05:00", () => {
    expect(library.published).toMatchObject({ date: "2026-09-21T10:15:00-05:00", source: "metadata" });
    expect(roads.published?.date).toBe("2026-09-20T16:00:00-05:00");
  });

  it("trusts the feed's declared language over trigram statistics on a one-sentence item", () => {
    expect(roads.language).toBe("en");
    expect(library.language).toBe("en");
  });
});

describe("RSS item with a Media RSS picture", () => {
  const item = (content: string, media: string) =>
    `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><language>fr</language>
<item><title>À Marseille, trois écoles fermées après la découverte d'amiante</title><link>https://x.example/a</link><guid>a</guid>${content}${media}</item></channel></rss>`;
  const text = "Les élèves seront accueillis dans d'autres établissements dès lundi, a annoncé le préfet, qui évoque « un principe de précaution ».";
  const picture = `<media:content url="https://img.example/a.jpg" medium="image"><media:description type="plain">Devant l'école Bouge, à Marseille, le 13 mars 2025.</media:description><media:credit>Nicolas Tucat / AFP</media:credit></media:content>`;

  it("reads the picture's description as the story's photo caption, and leaves its credit out", () => {
    const [s] = ok(summarizeFile({ id: "m", name: "m.xml", body: item(`<description>${text}</description>`, picture) }, { withText: true }));
    expect(kind(s, "caption")).toEqual(["Devant l'école Bouge, à Marseille, le 13 mars 2025."]);
    expect(kind(s, "paragraph")).toEqual([text]);
    expect(s.text).not.toMatch(/Tucat|img\.example/);
    offsetsHold(s);
  });

  it("does not repeat a caption the story's HTML already holds, and reads one inside a media:group", () => {
    const html = `<content:encoded><![CDATA[<p>${text}</p><figure><img src="a.jpg"/><figcaption>Devant l'école Bouge, à Marseille, le 13 mars 2025.</figcaption></figure>]]></content:encoded>`;
    const [s] = ok(summarizeFile({ id: "m", name: "m.xml", body: item(html, `<media:group>${picture}</media:group>`) }, { withText: true }));
    expect(kind(s, "caption")).toEqual(["Devant l'école Bouge, à Marseille, le 13 mars 2025."]);
    const [g] = ok(summarizeFile({ id: "g", name: "g.xml", body: item(`<description>${text}</description>`, `<media:group>${picture}</media:group>`) }, { withText: true }));
    expect(kind(g, "caption")).toEqual(["Devant l'école Bouge, à Marseille, le 13 mars 2025."]);
    // A video's description is no photo caption.
    const video = `<media:content url="https://img.example/a.mp4" medium="video"><media:description>La conférence de presse du préfet, en vidéo.</media:description></media:content>`;
    const [v] = ok(summarizeFile({ id: "v", name: "v.xml", body: item(`<description>${text}</description>`, video) }, { withText: true }));
    expect(kind(v, "caption")).toEqual([]);
    expect(v.text).not.toMatch(/en vidéo/);
  });
});

describe("Atom entry without author, with a source", () => {
  it("takes the source's authors before the feed's (RFC 4287 4.2.1)", () => {
    const feed = `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Aggregator</title><id>urn:x:feed</id><updated>2026-01-05T10:00:00Z</updated><author><name>Aggregator staff</name></author>
<entry><id>urn:x:1</id><title>Ferry timetable changes in January</title><updated>2026-01-05T09:00:00Z</updated>
<source><id>urn:x:origin</id><title>Island Weekly</title><author><name>Morag Campbell</name></author></source>
<content type="text">The ferry between Oban and Craignure will run two fewer sailings a day in January while one of the ships is in dry dock, the operator said on Monday.</content></entry></feed>`;
    const [s] = ok(summarizeFile({ id: "a", name: "a.xml", body: feed }));
    expect(s.authors).toEqual(["Morag Campbell"]);
  });
});

describe("Wire credit lines and sign-offs closing a story", () => {
  it("keeps a Reuters-style '(Reporting by …; Editing by …)' line out of the text, its names out of the entities", () => {
    const [rail] = ok(read("en-newsml-item-rail-credits.xml"));
    expect(rail.headline).toBe("UK to bring two more rail franchises into public ownership");
    expect(rail.authors).toEqual(["Kate Holton"]);
    expect(rail.published?.date).toBe("2026-06-10T13:40:00Z");
    expect(kind(rail, "dateline")).toEqual(["LONDON, June 10 (Reuters) -"]);
    expect(rail.text).not.toMatch(/Reporting by|Editing by|Sarah Young|William James|BRITAIN-RAIL|L8N3A1234/);
    expect(named(rail, "PERSON")).toEqual(["Helen Marsh"]);
    expect(speakerOf(rail, "waited too long")).toBe("Helen Marsh");
  });

  it("takes the authors from the credit when nothing else names them: the reporters and writers, not the editors", () => {
    const story = "Scottish farmers warned on Friday that a dry winter had left reservoirs at their lowest level in 30 years.";
    const credit = "(Reporting by Sarah Whitfield in Edinburgh; Additional reporting by Tom Hale; Editing by Alan Gray)";
    // A NewsML-G2 creator that is the whole credit line, as some agencies fill it.
    const item = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1"><itemMeta><itemClass qcode="ninat:text"/><firstCreated>2025-03-14T08:40:00Z</firstCreated></itemMeta>
<contentMeta><creator><name>Reporting by Sarah Whitfield; Editing by Alan Gray</name></creator><headline>Scottish farmers warn of drought</headline><language tag="en"/></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>${story}</p></body></html></inlineXML></contentSet></newsItem>`;
    expect(ok(summarizeFile({ id: "n", name: "n.xml", body: item }))[0].authors).toEqual(["Sarah Whitfield"]);
    // A feed item and a plain-text copy whose only credit is the closing line.
    const feed = `<rss version="2.0"><channel><title>T</title><item><title>Scottish farmers warn of drought</title><link>https://x.example/a</link><description>&lt;p&gt;${story}&lt;/p&gt;&lt;p&gt;${credit}&lt;/p&gt;</description></item></channel></rss>`;
    expect(ok(summarizeFile({ id: "f", name: "f.xml", body: feed }))[0].authors).toEqual(["Sarah Whitfield"]);
    const text = `Scottish farmers warn of drought\n\n${story}\n\n${credit}\n`;
    expect(ok(summarizeFile({ id: "t", name: "t.txt", body: text }))[0].authors).toEqual(["Sarah Whitfield"]);
    // A byline states the authors: the credit adds nobody.
    const bylined = `Scottish farmers warn of drought\n\nBy Fiona Mackay\n\n${story}\n\n${credit}\n`;
    expect(ok(summarizeFile({ id: "b", name: "b.txt", body: bylined }))[0].authors).toEqual(["Fiona Mackay"]);
  });

  it("keeps an AFP-style sign-off ('lfo-pl/ib') out of the text", () => {
    const [vignes] = ok(read("fr-newsml-item-signoff-vignes.xml"));
    expect(vignes.text).not.toMatch(/lfo|vendanges-champagne/);
    expect(kind(vignes, "paragraph")).toHaveLength(3);
    expect(vignes.authors).toEqual(["Léa FOURNIER"]);
    expect(kind(vignes, "dateline")).toEqual(["Épernay (France), 22 août 2026 (AFP) -"]);
    expect(speakerOf(vignes, "raisin est sain")).toBe("Maxime Toubart-Laurent");
    expect(speakerOf(vignes, "reculé à l'export")).toBe("Claire Dumesnil");
  });

  it("keeps a bracketed closing paragraph that is text", () => {
    const feed = `<rss version="2.0"><channel><title>T</title><item><title>Council tax to rise</title><link>https://x.example/a</link><description>&lt;p&gt;The council will raise its tax by 4.9 percent in April, its leader said on Tuesday after a vote that ran late into the night.&lt;/p&gt;&lt;p&gt;(Reporters were not allowed into the meeting, which was held behind closed doors.)&lt;/p&gt;</description></item></channel></rss>`;
    const [s] = ok(summarizeFile({ id: "f", name: "f.xml", body: feed }, { withText: true }));
    expect(s.text).toContain("(Reporters were not allowed into the meeting, which was held behind closed doors.)");
  });
});

describe("NewsML-G2 items whose contentMeta is silent", () => {
  const NS = 'xmlns="http://iptc.org/std/nar/2006-10-01/"';
  const P1 = "Le conseil départemental de la Manche a voté jeudi un plan de 12 millions d'euros pour protéger les routes côtières de l'érosion, après les tempêtes de l'hiver dernier.";
  const P2 = "« Nous ne pouvons plus reconstruire au même endroit », a reconnu le vice-président chargé des routes, Gilles Lemarquand, à l'issue de la séance.";

  it("takes headline, subheadline, byline, dateline and date from NITF carried in inlineXML", () => {
    const doc = `<newsItem ${NS} guid="g-nitf"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><language tag="fr"/></contentMeta><contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns=""><head><docdata><date.issue norm="20260213T091500+0100"/></docdata></head><body><body.head><hedline><hl1>La Manche recule ses routes face à la mer</hl1><hl2>Un plan de 12 millions d'euros voté jeudi</hl2></hedline><byline>Par <person>Yann Le Goff</person></byline><dateline>Saint-Lô</dateline></body.head><body.content><p>${P1}</p><p>${P2}</p></body.content></body></nitf></inlineXML></contentSet></newsItem>`;
    const [s] = ok(summarizeFile({ id: "n", name: "n.xml", body: doc }));
    expect(s.headline).toBe("La Manche recule ses routes face à la mer");
    expect(kind(s, "heading")).toEqual(["Un plan de 12 millions d'euros voté jeudi"]);
    expect(s.authors).toEqual(["Yann Le Goff"]);
    expect(kind(s, "dateline")).toEqual(["Saint-Lô"]);
    expect(s.published?.date).toBe("2026-02-13T09:15:00+01:00");
    expect(speakerOf(s, "reconstruire au même endroit")).toBe("Gilles Lemarquand");
  });

  it("reads a byline's person without the prefix some feeds put inside the element", () => {
    const doc = (byline: string) => `<nitf><head><docdata><date.issue norm="20260213T091500+0100"/></docdata></head><body><body.head><hedline><hl1>La Manche recule ses routes face à la mer</hl1></hedline><byline>${byline}</byline></body.head><body.content><p>${P1}</p><p>${P2}</p></body.content></body></nitf>`;
    const authorsOf = (byline: string) => ok(summarizeFile({ id: "p", name: "p.xml", body: doc(byline) }))[0].authors;
    expect(authorsOf("<person>By DAVID SHARP</person>, <byline.title>Associated Press</byline.title>")).toEqual(["DAVID SHARP"]);
    expect(authorsOf("<person>Par Yann Le Goff</person>")).toEqual(["Yann Le Goff"]);
    expect(authorsOf("Par <person>Yann Le Goff</person> et <person>Madonna</person>")).toEqual(["Yann Le Goff", "Madonna"]);
  });

  it("takes the XHTML body's opening h1 as the headline when there is no headline field", () => {
    const doc = `<newsItem ${NS} guid="g-h1"><itemMeta><itemClass qcode="ninat:text"/><versionCreated>2026-02-13T10:00:00+01:00</versionCreated></itemMeta><contentMeta><language tag="fr"/></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><h1>La Manche recule ses routes face à la mer</h1><p>${P1}</p><p>${P2}</p></body></html></inlineXML></contentSet></newsItem>`;
    const [s] = ok(summarizeFile({ id: "h", name: "h.xml", body: doc }));
    expect(s.headline).toBe("La Manche recule ses routes face à la mer");
    expect(s.segments.filter((g) => g.text === "La Manche recule ses routes face à la mer")).toHaveLength(1);
    expect(kind(s, "heading")).toEqual([]);
  });
});

describe("A one-line 'URGENT' item whose body repeats its headline", () => {
  it("is a story with that line as its text, not NO_TEXT, and the lone agency line is dropped", () => {
    const doc = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="flash1"><itemMeta><itemClass qcode="ninat:text"/><firstCreated>2026-04-01T07:02:00+02:00</firstCreated></itemMeta><contentMeta><urgency>1</urgency><headline>Le conseil municipal de Brest a voté la gratuité des bus le samedi</headline><language tag="fr"/></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>URGENT</title></head><body><p>Le conseil municipal de Brest a voté la gratuité des bus le samedi</p><p>afp</p></body></html></inlineXML></contentSet></newsItem>`;
    const file = summarizeFile({ id: "u", name: "u.xml", body: doc }, { withText: true });
    const s = file.stories[0].summary!;
    expect(s.headline).toBe("Le conseil municipal de Brest a voté la gratuité des bus le samedi");
    expect(kind(s, "paragraph")).toEqual(["Le conseil municipal de Brest a voté la gratuité des bus le samedi"]);
    expect(s.text).not.toMatch(/afp|URGENT/);
    expect(s.language).toBe("fr");
  });
});

describe("NewsML-G2 item from an agency that names itself as creator, with a weekday dateline", () => {
  const item = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:ex:dam-talks" standard="NewsML-G2" version="1">
<itemMeta><itemClass qcode="ninat:text"/><versionCreated>2026-02-10T10:00:00+03:00</versionCreated></itemMeta>
<contentMeta>
  <contentCreated>2026-02-10T09:17:00+03:00
  </contentCreated>
  <located qcode="city:Moscow"><broader qcode="cntry:Russia"/></located>
  <creator qcode="web:thomsonreuters.com"><name>Thomson Reuters</name></creator>
  <creator><name>Agence France Presse</name></creator>
  <language tag="en-US"/>
  <headline>Talks on the Dniester dam to resume</headline>
  <dateline>MOSCOW, Monday (Reuters)</dateline>
</contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
<p>Russia's foreign ministry said on Monday that talks on the Dniester dam would resume in Geneva next month.</p>
<p>"We expect all sides to attend," ministry spokeswoman Irina Volkova told reporters.</p>
</body></html></inlineXML></contentSet>
</newsItem>`;
  const s = ok(summarizeFile({ id: "dam", name: "dam.xml", body: item }, { withText: true }))[0];

  it("has no author when the creators are agencies, and reads a date with a line break in it", () => {
    expect(s.authors ?? []).toEqual([]);
    expect(s.published?.date).toBe("2026-02-10T09:17:00+03:00");
  });

  it("takes the dateline's town for a place and its weekday for none", () => {
    expect(kind(s, "dateline")).toEqual(["MOSCOW, Monday (Reuters)"]);
    expect(named(s, "LOCATION")).toContain("Moscow");
    expect(s.entities.filter((e) => e.name === "Monday")).toEqual([]);
    expect(speakerOf(s, "all sides")).toBe("Irina Volkova");
  });
});

describe("NITF from a newspaper archive: the lead paragraph given in a block of its own and again in the full text", () => {
  const nitf = `<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.3//EN">
  <head>
    <title>Council Approves Ferry Budget</title>
    <docdata><doc-id id-string="1745210"/><identified-content><person class="indexing_service">Harlow, Dana</person></identified-content></docdata>
    <pubdata date.publication="20260314T000000" name="The Harbour Times"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Council Approves Ferry Budget</hl1></hedline>
      <byline class="print_byline">By Mark Olsen</byline>
      <dateline>PORT ELLEN, March 13</dateline>
    </body.head>
    <body.content>
      <block class="lead_paragraph">
        <p>The island council approved a budget of 4.8 million pounds for the Port Ellen ferry on Friday, ending a month of debate over winter crossings.</p>
      </block>
      <block class="full_text">
        <p>The island council approved a budget of 4.8 million pounds for the Port Ellen ferry on Friday, ending a month of debate over winter crossings.</p>
        <p>"Islanders will see a boat every two hours again," said Dana Harlow, who chairs the council's transport committee.</p>
        <p>The budget restores the evening crossing that was cut last winter.</p>
      </block>
    </body.content>
  </body>
</nitf>`;
  const s = ok(summarizeFile({ id: "ferry", name: "ferry.xml", body: nitf }, { withText: true }))[0];

  it("reads the lead paragraph once", () => {
    expect(kind(s, "paragraph")).toHaveLength(3);
    expect(kind(s, "paragraph")[0]).toMatch(/^The island council approved/);
    expect(kind(s, "paragraph")[1]).toMatch(/^"Islanders will see/);
    expect(s.authors).toEqual(["Mark Olsen"]);
    expect(speakerOf(s, "every two hours")).toBe("Dana Harlow");
    offsetsHold(s);
  });

  it("keeps a block that only resembles the next one", () => {
    const distinct = nitf.replace('<block class="lead_paragraph">\n        <p>The island council', '<block class="lead_paragraph">\n        <p>Summary: the island council');
    expect(kind(ok(summarizeFile({ id: "f2", name: "f2.xml", body: distinct }))[0], "paragraph")).toHaveLength(4);
  });
});

describe("RSS 2.0 from a blog platform: the body closes with related links and share buttons", () => {
  const feed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Valley Gazette</title><link>https://valleygazette.example</link><language>en-US</language>
<item>
  <title>Library reopens after flood repairs</title>
  <link>https://valleygazette.example/2026/03/library-reopens/</link>
  <dc:creator><![CDATA[Priya Natarajan]]></dc:creator>
  <pubDate>Tue, 10 Mar 2026 14:05:00 +0000</pubDate>
  <guid isPermaLink="false">https://valleygazette.example/?p=4521</guid>
  <content:encoded><![CDATA[<p>The Millbrook library reopened on Tuesday after six months of repairs to its flooded basement and reading room.</p>
<p>"We lost 4,000 books, but not one reader," said head librarian Carol Mendez.</p>
<p>The county paid $1.2 million for the work.</p>
<p>Related: <a href="https://valleygazette.example/2025/09/flood/">Flood closes library</a></p>
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="https://valleygazette.example/share?fb">Facebook</a></li><li><a href="https://valleygazette.example/share?x">X</a></li></ul></div>
<p>The post <a rel="nofollow" href="https://valleygazette.example/2026/03/library-reopens/">Library reopens after flood repairs</a> appeared first on <a rel="nofollow" href="https://valleygazette.example">Valley Gazette</a>.</p>]]></content:encoded>
</item></channel></rss>`;
  const s = ok(summarizeFile({ id: "gazette", name: "gazette.xml", body: feed }, { withText: true }))[0];

  it("ends the text with the story's last paragraph", () => {
    const paragraphs = kind(s, "paragraph");
    expect(paragraphs.at(-1)).toBe("The county paid $1.2 million for the work.");
    expect(allText(s)).not.toMatch(/Related|Share this|Facebook|appeared first/);
    expect(speakerOf(s, "not one reader")).toBe("Carol Mendez");
    offsetsHold(s);
  });
});

describe("NITF flash with an abstract and no body.content", () => {
  const flash = `<nitf><head><title>Ferry fares rise</title><docdata><doc-id id-string="flash-77"/></docdata></head><body><body.head><hedline><hl1>Ferry fares rise</hl1></hedline><abstract><p>Fares on the island ferry will rise by 4% in April, the operator said on Wednesday, citing fuel costs.</p></abstract></body.head></body></nitf>`;

  it("reads the abstract as the text, when it is all the text there is", () => {
    const s = ok(summarizeFile({ id: "flash", name: "flash.xml", body: flash }, { withText: true }))[0];
    expect(s.headline).toBe("Ferry fares rise");
    expect(kind(s, "paragraph")).toEqual(["Fares on the island ferry will rise by 4% in April, the operator said on Wednesday, citing fuel costs."]);
    offsetsHold(s);
  });

  it("keeps an abstract out of the text when body.content has text", () => {
    const full = flash.replace("</body.head>", "</body.head><body.content><p>The island ferry will charge 4% more from April 1, its operator said, blaming fuel.</p></body.content>");
    const s = ok(summarizeFile({ id: "full", name: "full.xml", body: full }, { withText: true }))[0];
    expect(kind(s, "paragraph")).toEqual(["The island ferry will charge 4% more from April 1, its operator said, blaming fuel."]);
  });
});
