import { describe, expect, it } from "vitest";
import { summarizeFile, type FileSummary } from "../summarize";
import type { ArticleSummary } from "../summary";
import { fixture } from "./fixtures";

/**
 * Our own NewsML-G2, NITF, RSS 2.0 and Atom files (shared/article/fixtures):
 * each story is read from the format's own fields, and nothing but the
 * story's text reaches the text.
 */
const read = (name: string): FileSummary => summarizeFile({ id: name, name, body: fixture(name) });
const ok = (f: FileSummary): ArticleSummary[] => f.stories.map((s) => s.summary!).filter(Boolean);
const allText = (s: ArticleSummary) => [s.headline ?? "", ...s.segments.map((g) => g.text)].join("\n");
const speakerOf = (s: ArticleSummary, words: string) => s.quotes.find((q) => q.text.includes(words))?.speaker;
const named = (s: ArticleSummary, type: string) => s.entities.filter((e) => e.type === type).map((e) => e.name);
const offsetsHold = (s: ArticleSummary, text: string) => {
  for (const g of s.segments) expect(text.slice(g.start, g.end)).toBe(g.text);
};

describe("NewsML-G2 newsMessage (fr-en-newsml-message.xml)", () => {
  const file = read("fr-en-newsml-message.xml");
  const [brest, cardiff] = ok(file);

  it("is one article per text item; the picture item is no story", () => {
    expect(file.format).toBe("newsml");
    expect(file.multi).toBe(true);
    expect(file.stories).toHaveLength(2);
    expect(file.stories.map((s) => s.story.guid)).toEqual(["urn:newsml:example.org:20250318:bre-dockers", "urn:newsml:example.org:20250318:cardiff-lagoon"]);
    expect(brest.id).toBe("fr-en-newsml-message.xml#urn:newsml:example.org:20250318:bre-dockers");
  });

  it("takes headline, subheadline, firstCreated, language, dateline and creator from the item", () => {
    expect(brest.headline).toBe("À Brest, les dockers suspendent leur grève après un accord sur les salaires");
    expect(brest.segments.find((g) => g.kind === "heading")?.text).toBe("La direction du port accorde une prime de 1 200 euros");
    expect(brest.published).toMatchObject({ date: "2025-03-18T09:30:00+01:00", source: "metadata" });
    expect(brest.language).toBe("fr");
    expect(brest.segments.find((g) => g.kind === "dateline")?.text).toBe("BREST, 18 mars");
    expect(brest.authors).toEqual(["Katell Le Gall"]);
    expect(cardiff.authors).toEqual(["Owen Pritchard", "Megan Lloyd"]);
    expect(cardiff.language).toBe("en");
    expect(cardiff.published?.date).toBe("2025-03-18T10:50:00+00:00");
  });

  it("finds who said what, in both languages", () => {
    expect(speakerOf(brest, "pas une victoire totale")).toBe("Yannick Le Bihan");
    expect(speakerOf(brest, "compromis responsable")).toBe("Isabelle Morvan");
    expect(speakerOf(cardiff, "twice a day")).toBe("Rhys Evans");
    expect(speakerOf(cardiff, "two full years")).toBe("Sian Howells");
    expect(named(brest, "LOCATION")).toEqual(expect.arrayContaining(["Brest", "Saint-Nazaire"]));
    expect(named(brest, "PERSON")).toEqual(expect.arrayContaining(["Yannick Le Bihan", "Isabelle Morvan", "Alain Kerbrat"]));
    expect(named(cardiff, "LOCATION")).toContain("Cardiff");
  });

  it("keeps metadata (qcodes, catalog, rights, notes, XHTML head) out of the text", () => {
    for (const s of [brest, cardiff]) {
      const text = allText(s);
      expect(text).not.toMatch(/medtop|ninat|nprov|qcode|catalog|iptc\.org|stat:usable/i);
      expect(text).not.toMatch(/Usage réservé|Version corrigée|Résumé interne|grève-portuaire|Social-Port-Brest|Dockers de Brest|relations sociales|conflit social|marine energy/);
      expect(s.text).toBeUndefined();
    }
    const withText = summarizeFile({ id: "m", name: "m.xml", body: fixture("fr-en-newsml-message.xml") }, { withText: true });
    for (const s of ok(withText)) offsetsHold(s, s.text!);
  });

  it("never takes an author for a speaker", () => {
    for (const s of [brest, cardiff]) for (const author of s.authors ?? []) expect(s.quotes.map((q) => q.speaker)).not.toContain(author);
  });
});

describe("NewsML-G2 newsItem alone", () => {
  it("is one article, not a multi-story file", () => {
    const message = fixture("fr-en-newsml-message.xml");
    const item = message.slice(message.indexOf("<newsItem"), message.indexOf("</newsItem>") + "</newsItem>".length).replace("<newsItem ", '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" ');
    const file = summarizeFile({ id: "item", name: "item", body: item });
    expect(file).toMatchObject({ format: "newsml", multi: false });
    expect(file.stories[0].summary).toMatchObject({ id: "item", headline: "À Brest, les dockers suspendent leur grève après un accord sur les salaires", language: "fr" });
  });
});

describe("NITF 3.x (en-nitf-harbour-bridge.xml)", () => {
  const file = read("en-nitf-harbour-bridge.xml");
  const [s] = ok(file);

  it("reads hl1, hl2, byline, dateline and date.issue", () => {
    expect(file).toMatchObject({ format: "nitf", multi: false });
    expect(s.id).toBe("en-nitf-harbour-bridge.xml");
    expect(s.headline).toBe("Tay road bridge to close for three weekends of repairs");
    expect(s.segments[1]).toMatchObject({ kind: "heading", text: "Engineers found corroded cables during a routine inspection" });
    expect(s.authors).toEqual(["Fiona MacLeod"]);
    expect(s.segments.find((g) => g.kind === "dateline")?.text).toBe("DUNDEE, Scotland, Nov. 7");
    expect(s.published).toMatchObject({ date: "2024-11-07T08:15:00+00:00", source: "metadata" });
    expect(s.language).toBe("en");
  });

  it("reads body.content's paragraphs, blocks, subheads and captions, and who said what", () => {
    expect(s.segments.filter((g) => g.kind === "heading").map((g) => g.text)).toContain("Buses to run through Perth");
    expect(s.segments.find((g) => g.kind === "caption")?.text).toBe("The Tay road bridge seen from Dundee waterfront on Wednesday.");
    expect(speakerOf(s, "Nobody is in danger")).toBe("Alan Drummond");
    expect(speakerOf(s, "busiest day")).toBe("Morag Kerr");
    expect(named(s, "LOCATION")).toEqual(expect.arrayContaining(["Fife", "Perth"]));
  });

  it("keeps docdata, keywords, the abstract, body.end and media credits out of the text", () => {
    expect(allText(s)).not.toMatch(/EX-2024|bridge-inspection|TRANSPORT-SCOTLAND|Internal abstract|Reporting by|Example Wire|J\. Smith|Transport Correspondent|Fiona MacLeod/);
  });
});

describe("RSS 2.0 (fr-rss-feed-occitanie.xml)", () => {
  const file = read("fr-rss-feed-occitanie.xml");
  const [metro, drought, festival] = ok(file);

  it("is one article per item, with guid and link", () => {
    expect(file).toMatchObject({ format: "rss", multi: true });
    expect(file.stories.map((s) => s.story.guid)).toEqual(["co-2025-06-04-metro", "co-2025-06-04-secheresse", "https://courrier-occitanie.example.fr/perpignan/festival-photo-budget"]);
    expect(metro.story?.link).toBe("https://courrier-occitanie.example.fr/toulouse/metro-troisieme-ligne-garonne");
  });

  it("reads title, pubDate, dc:creator or author, and content:encoded before description", () => {
    expect(metro.headline).toBe("Toulouse : le métro de la troisième ligne franchit la Garonne");
    expect(metro.published).toMatchObject({ date: "2025-06-04T07:45:00+02:00", source: "metadata" });
    expect(metro.authors).toEqual(["Camille Fabre"]);
    // content:encoded, not the one-line description
    expect(allText(metro)).not.toContain("Le tunnelier a atteint la rive gauche.");
    expect(drought.authors).toEqual(["Julien Marty"]);
    expect(festival.authors).toEqual(["Laure Vidal", "Marc Sabatier"]);
    for (const s of [metro, drought, festival]) expect(s.language).toBe("fr");
  });

  it("reads escaped HTML descriptions, entities included, and who said what", () => {
    expect(allText(drought)).toContain("des aides débloquées plus vite");
    expect(allText(drought)).not.toMatch(/<p>|&lt;|&eacute;/);
    expect(speakerOf(metro, "partie la plus délicate")).toBe("Hélène Roques");
    expect(speakerOf(metro, "change la carte")).toBe("Jean-Marc Delpech");
    expect(speakerOf(drought, "frontières")).toBe("Sofia Benali");
    expect(speakerOf(festival, "expositions")).toBe("Pierre Castell");
    expect(named(metro, "LOCATION")).toContain("Toulouse");
    expect(named(drought, "LOCATION")).toContain("Montpellier");
  });

  it("keeps channel and category metadata and e-mail addresses out of the text", () => {
    for (const s of [metro, drought, festival]) expect(allText(s)).not.toMatch(/Courrier d'Occitanie|Transports|redaction@|rss\.xml|co-2025/);
  });
});

describe("Atom (en-atom-feed-coastal.xml)", () => {
  const file = read("en-atom-feed-coastal.xml");
  const [aberdeen, whitby, boulogne] = ok(file);

  it("fails an entry whose content is only a reference (content src) alone, saying where its text is; its summary stands in when there is one", () => {
    const feed = (entry: string) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette</title><id>urn:g</id><updated>2025-03-11T08:00:00Z</updated>${entry}<entry><id>urn:g:2</id><title>Cahors : le pont Valentré fermé</title><updated>2025-03-11T08:00:00Z</updated><content type="text">Le pont Valentré sera fermé aux piétons à partir de lundi, a annoncé la mairie de Cahors.</content></entry></feed>`;
    const remote = summarizeFile({ id: "f.xml", name: "f.xml", body: feed('<entry><id>urn:g:1</id><title>Remote</title><updated>2025-03-11T08:00:00Z</updated><content src="https://gazette.example.org/a.html" type="text/html"/></entry>') });
    expect(remote.stories[0]).toMatchObject({ story: { guid: "urn:g:1" }, error: { code: "NO_TEXT" } });
    expect(remote.stories[0].error?.message).toContain("https://gazette.example.org/a.html");
    expect(remote.stories[1].summary?.headline).toBe("Cahors : le pont Valentré fermé");
    const withSummary = summarizeFile({ id: "f.xml", name: "f.xml", body: feed('<entry><id>urn:g:1</id><title>Remote</title><updated>2025-03-11T08:00:00Z</updated><summary>La mairie de Figeac a voté mardi le budget du festival de photographie.</summary><content src="https://gazette.example.org/a.html" type="text/html"/></entry>') });
    expect(withSummary.stories[0].summary?.text ?? withSummary.stories[0].summary?.segments.map((g) => g.text).join(" ")).toContain("Figeac");
  });

  it("is one article per entry, from HTML, XHTML and text content", () => {
    expect(file).toMatchObject({ format: "atom", multi: true });
    expect(file.stories.map((s) => s.story.guid)).toEqual([
      "tag:coastal-chronicle.example.com,2025:aberdeen-wind-terminal",
      "tag:coastal-chronicle.example.com,2025:whitby-lifeboat-rescue",
      "tag:coastal-chronicle.example.com,2025:boulogne-hareng",
    ]);
    expect(aberdeen.headline).toBe("Aberdeen harbour opens new terminal for offshore wind");
    expect(whitby.segments.filter((g) => g.kind === "paragraph")).toHaveLength(3);
    expect(boulogne.segments.filter((g) => g.kind === "paragraph")).toHaveLength(3);
  });

  it("takes published, else updated; the entry's author, else the feed's; the entry's language", () => {
    expect(aberdeen.published?.date).toBe("2025-09-22T08:30:00+01:00");
    expect(whitby.published?.date).toBe("2025-09-21T22:40:00Z");
    expect(aberdeen.authors).toEqual(["Ewan Grant"]);
    expect(whitby.authors).toEqual(["Coastal Chronicle newsroom"]);
    expect(boulogne.language).toBe("fr");
    expect(aberdeen.language).toBe("en");
  });

  it("finds who said what", () => {
    expect(speakerOf(aberdeen, "built for oil")).toBe("Moira Stewart");
    expect(speakerOf(whitby, "higher than the wheelhouse")).toBe("Daniel Harker");
    expect(speakerOf(boulogne, "rentrés pleins")).toBe("Gérard Lefebvre");
    expect(named(aberdeen, "LOCATION")).toContain("Aberdeen");
    expect(named(boulogne, "LOCATION")).toContain("Boulogne-sur-Mer");
    for (const s of [aberdeen, whitby, boulogne]) expect(allText(s)).not.toMatch(/Coastal Chronicle|tag:|renewables-desk|<em>/);
  });
});

describe("variants agencies and sites send", () => {
  const P1 = "Le tribunal administratif de Rennes a suspendu mardi l'arrêté municipal qui interdisait la baignade sur la plage du Sillon à Saint-Malo.";
  const P2 = "« La décision protège les nageurs comme les sauveteurs », a déclaré Yves Le Moal, avocat de l'association.";

  it("NewsML-G2 with NITF, not XHTML, in inlineXML", () => {
    const doc = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g1"><itemMeta><itemClass qcode="ninat:text"/><firstCreated>2025-07-08T16:00:00+02:00</firstCreated></itemMeta><contentMeta><language tag="fr"/><headline>Saint-Malo : la baignade de nouveau autorisée au Sillon</headline></contentMeta><contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns=""><head><docdata><doc-id id-string="SECRET-ID"/></docdata></head><body><body.head><hedline><hl1>Titre NITF interne</hl1></hedline></body.head><body.content><p>${P1}</p><hl2>Une plage surveillée</hl2><p>${P2}</p></body.content></body></nitf></inlineXML></contentSet></newsItem>`;
    const [s] = ok(summarizeFile({ id: "n", name: "n.xml", body: doc }));
    expect(s.headline).toBe("Saint-Malo : la baignade de nouveau autorisée au Sillon");
    expect(s.segments.map((g) => g.kind)).toEqual(["headline", "paragraph", "heading", "paragraph"]);
    expect(allText(s)).not.toMatch(/SECRET-ID|Titre NITF interne/);
    expect(speakerOf(s, "protège les nageurs")).toBe("Yves Le Moal");
  });

  it("an RSS description in plain text keeps its paragraphs; an Atom text summary too", () => {
    const rss = `<rss version="2.0"><channel><language>fr</language><item><title>Plage du Sillon</title><description>${P1}\n\n${P2}</description></item></channel></rss>`;
    const [r] = ok(summarizeFile({ id: "r", name: "r", body: rss }));
    expect(r.segments.filter((g) => g.kind === "paragraph").map((g) => g.text)).toEqual([P1, P2]);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e</id><title>Plage du Sillon</title><updated>2025-07-08T16:00:00Z</updated><summary>${P1}\n\n${P2}</summary></entry></feed>`;
    const [a] = ok(summarizeFile({ id: "a", name: "a", body: atom }));
    expect(a.segments.filter((g) => g.kind === "paragraph")).toHaveLength(2);
    expect(a.published?.date).toBe("2025-07-08T16:00:00Z");
  });
});

describe("NewsML-G2 creators", () => {
  const P1 = "La préfecture d'Ille-et-Vilaine a levé mercredi l'interdiction de baignade sur la plage du Sillon, à Saint-Malo, après trois analyses conformes.";
  const P2 = "Les maîtres-nageurs reprendront leur poste dès jeudi matin, a précisé la mairie, qui avait fermé la plage après un épisode de pollution.";
  const item = (creators: string, by = "") =>
    `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g2"><itemMeta><itemClass qcode="ninat:text"/><firstCreated>2025-07-08T16:00:00+02:00</firstCreated></itemMeta><contentMeta><language tag="fr"/>${creators}${by}<headline>Saint-Malo : la baignade de nouveau autorisée</headline></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>${P1}</p><p>${P2}</p></body></html></inlineXML></contentSet></newsItem>`;
  const authorsOf = (xml: string) => summarizeFile({ id: "x", name: "item.xml", body: xml }).stories[0].summary!.authors;

  it("are the authors, without the agency, which is the source and not a writer", () => {
    expect(authorsOf(item(`<creator><name>AFP</name></creator><creator><name>Marion Durand</name></creator>`))).toEqual(["Marion Durand"]);
  });

  it("give way to the by line when the only creator is the agency", () => {
    expect(authorsOf(item(`<creator literal="AFP"/>`, `<by>Par Marion Durand et Paul Leroy</by>`))).toEqual(["Marion Durand", "Paul Leroy"]);
  });
});

describe("NewsML 1.2, the format before NewsML-G2 (fr-en-newsml1-message.xml)", () => {
  const file = read("fr-en-newsml1-message.xml");
  const [gard, ferry] = ok(file);

  it("is one article per text NewsItem, with its public identifier as guid", () => {
    expect(file.format).toBe("newsml");
    expect(file.multi).toBe(true);
    expect(file.stories.map((s) => s.story.guid)).toEqual(["urn:newsml:agx.example:20260310:104221:1", "urn:newsml:agx.example:20260310:104230:1"]);
  });

  it("takes the headline, subheadline, byline, dateline, date and language from the text's own component", () => {
    expect(gard.headline).toBe("Inondations dans le Gard : des centaines d'habitants évacués");
    expect(gard.segments.find((g) => g.kind === "heading")?.text).toBe("La préfecture ouvre trois gymnases pour les sinistrés");
    expect(gard.authors).toEqual(["Marion TEYSSIER"]); // as written, like every byline
    expect(gard.segments.find((g) => g.kind === "dateline")?.text).toBe("NIMES, 10 mars");
    expect(gard.published).toMatchObject({ date: "2026-03-10T09:10:00+01:00", source: "metadata" });
    expect(gard.language).toBe("fr");
    expect(ferry.headline).toBe("Channel ferry operator adds winter sailings");
    expect(ferry.authors).toEqual(["Gwen Hartley"]);
    expect(ferry.language).toBe("en");
    expect(ferry.published?.date).toBe("2026-03-10T09:45:00Z");
  });

  it("reads NITF and XHTML DataContent, and who said what", () => {
    expect(gard.segments.filter((g) => g.kind === "paragraph")).toHaveLength(3);
    expect(speakerOf(gard, "très préoccupante")).toBe("Jérôme Bonnefoy");
    expect(speakerOf(gard, "jusqu'aux genoux")).toBe("Pierre Martinez");
    expect(speakerOf(ferry, "freight customers")).toBe("Laura Pemberton");
  });

  it("keeps the photo's lines, copyright, slug, instructions and metadata out of the text", () => {
    for (const s of [gard, ferry]) {
      expect(allText(s)).not.toMatch(/Vidourle en crue|Copyright|Reproduction|Météo-Gard|Rectificatif|17000000|JPEG|Illustration|AGX-FR/);
      for (const author of s.authors ?? []) expect(s.quotes.map((q) => q.speaker)).not.toContain(author);
    }
  });
});
