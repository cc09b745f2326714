import { describe, expect, it } from "vitest";
import { scanDateMentions } from "./date-mentions";
import { fixture } from "./fixtures";
import { parseArticle } from "./index";
import { parseDateString } from "./published-date";

describe("date mentions", () => {
  it("finds French, English and German dates", () => {
    expect(scanDateMentions("le 9 novembre 2023 à Astana", "fr")[0]).toMatchObject({ text: "9 novembre 2023", year: 2023, month: 11, day: 9 });
    expect(scanDateMentions("le 1er janvier", "fr")[0]).toMatchObject({ month: 1, day: 1 });
    expect(scanDateMentions("on March 4, 2025 officials", "en")[0]).toMatchObject({ year: 2025, month: 3, day: 4 });
    expect(scanDateMentions("am 9. November 2023", "de")[0]).toMatchObject({ year: 2023, month: 11, day: 9 });
    expect(scanDateMentions("published 2024-02-29.", "en")[0]).toMatchObject({ year: 2024, month: 2, day: 29 });
  });

  it("reads the short month names of AFP datelines, with or without accents", () => {
    const dated = (d: string) => parseArticle("x.txt", `Un titre\n\nPARIS, ${d} (AFP) - Le gouvernement a annoncé mardi un plan pour l'hôpital public.`).published;
    expect(dated("14 jan 2025")).toMatchObject({ date: "2025-01-14", source: "dateline" });
    expect(dated("3 fév 2025")).toMatchObject({ date: "2025-02-03", source: "dateline" });
    expect(dated("3 fev 2025")).toMatchObject({ date: "2025-02-03", source: "dateline" });
    expect(dated("12 dec 2024")).toMatchObject({ date: "2024-12-12", source: "dateline" });
  });

  it("dates a dateline that gives no year ('ROTTERDAM, Nov 14 (Reuters)') by when the object arrived, never after it", () => {
    const wire = "Port strike\n\nROTTERDAM, Nov 14 (Reuters) - Dock workers walked off the job on Friday after talks broke down.\n";
    expect(parseArticle("x.txt", wire).published).toBeNull();
    expect(parseArticle("x.txt", wire, { received: "2026-11-14T09:12:00Z" }).published).toEqual({ date: "2026-11-14", precision: "day", source: "dateline+received" });
    // Received in January: the dispatch was filed the November before.
    expect(parseArticle("x.txt", wire, { received: "2027-01-03T08:00:00.000Z" }).published).toMatchObject({ date: "2026-11-14" });
    // A dateline with its year keeps it, whatever the arrival.
    expect(parseArticle("x.txt", wire.replace("Nov 14", "Nov 14, 2019"), { received: "2026-11-14T09:12:00Z" }).published).toMatchObject({ date: "2019-11-14", source: "dateline" });
    const fr = "Grève\n\nPARIS, 3 fév (AFP) - Les cheminots ont cessé le travail mardi.\n";
    expect(parseArticle("x.txt", fr, { received: "2026-02-03T10:00:00Z" }).published).toMatchObject({ date: "2026-02-03" });
  });

  it("reads a year written with an apostrophe ('Nov. 9, '23', '9 Nov ’23', 'May '68')", () => {
    expect(scanDateMentions("WASHINGTON, Nov. 9, '23 — talks", "en")[0]).toMatchObject({ year: 2023, month: 11, day: 9 });
    expect(scanDateMentions("on 9 Nov ’23 at noon", "en")[0]).toMatchObject({ year: 2023, month: 11, day: 9 });
    expect(scanDateMentions("the strikes of May '68 began", "en")[0]).toMatchObject({ year: 1968, month: 5 });
    expect(scanDateMentions("Nov. 9, 'twas late", "en")[0]).toMatchObject({ month: 11, day: 9, year: undefined });
    // One rule for every two-digit year: numeric dates read them the same way.
    expect(scanDateMentions("le 12/03/95 à Lyon", "fr")[0]).toMatchObject({ year: 1995, month: 3, day: 12 });
    expect(scanDateMentions("le 12/03/24 à Lyon", "fr")[0]).toMatchObject({ year: 2024, month: 3, day: 12 });
  });

  it("does not read a verb as a month", () => {
    expect(scanDateMentions("He may 3 times refuse", "en")).toEqual([]);
  });

  it("finds weekdays and relative days", () => {
    const m = scanDateMentions("a indiqué mardi, et hier soir", "fr");
    expect(m.map((x) => [x.weekday, x.relativeDays])).toEqual([
      [2, undefined],
      [undefined, -1],
    ]);
  });
});

describe("publication date", () => {
  it("narrows the header month with a caption date that agrees with the lead's weekday", () => {
    const a = parseArticle("fr-depeche-tramway.txt", fixture("fr-depeche-tramway.txt"));
    // Header: 2024-03; caption: 14 mars 2024; lead: "jeudi" — 14 March 2024 was a Thursday.
    expect(a.published).toEqual({ date: "2024-03-14", precision: "day", source: "header+text" });
  });

  it("keeps the month when no weekday agrees", () => {
    const a = parseArticle("x.txt", "date 2024-03 Un titre\n\nLe conseil a voté lundi le budget, présenté le 14 mars 2024 par le maire.");
    expect(a.published).toEqual({ date: "2024-03", precision: "month", source: "header" });
  });

  it("resolves weekdays and relative days looking back from the publication day", () => {
    const a = parseArticle("fr-depeche-tramway.txt", fixture("fr-depeche-tramway.txt"));
    const mardi = a.dates.find((d) => d.text === "mardi");
    expect(mardi?.date).toBe("2024-03-12");
    const jeudi = a.dates.find((d) => d.text === "jeudi");
    expect(jeudi?.date).toBe("2024-03-14");
    for (const d of a.dates) expect(a.text.slice(d.start, d.end)).toBe(d.text);
  });

  it("takes metadata first", () => {
    const a = parseArticle("x.json", JSON.stringify({ title: "T", date: "2022-05-01", body: "Le 3 avril 2021, il pleuvait beaucoup sur la ville." }));
    expect(a.published).toEqual({ date: "2022-05-01", precision: "day", source: "metadata" });
  });

  it("reads dates as publishers write them", () => {
    expect(parseDateString("2023-11-09T14:02:00+0100")).toEqual({ date: "2023-11-09T14:02:00+01:00", precision: "time" });
    expect(parseDateString("2023-11-09")).toEqual({ date: "2023-11-09", precision: "day" });
    expect(parseDateString("Thu, 09 Nov 2023 10:00:00 GMT")?.date).toBe("2023-11-09");
    expect(parseDateString("9 novembre 2023", "fr")?.date).toBe("2023-11-09");
    expect(parseDateString("n'importe quoi")).toBeNull();
  });

  it("keeps the day of an ordinal date ('the 9th of November, 2023', 'November the 9th'), not only its month", () => {
    expect(parseDateString("9th of November 2023", "en")).toEqual({ date: "2023-11-09", precision: "day" });
    expect(parseDateString("Published on the 1st of March, 2024", "en")).toEqual({ date: "2024-03-01", precision: "day" });
    expect(parseDateString("23rd November 2023", "en")).toEqual({ date: "2023-11-23", precision: "day" });
    expect(parseDateString("November the 9th, 2023", "en")).toEqual({ date: "2023-11-09", precision: "day" });
  });
});
