import { describe, expect, it } from "vitest";
import { parseWireDate } from "./wire-date";

const at = (raw: string) => parseWireDate(raw)?.date ?? null;

describe("parseWireDate", () => {
  it("reads RFC 822 dates with numeric offsets and the zone names RFC 822 defines", () => {
    expect(at("Mon, 09 Feb 2026 18:30:00 +0100")).toBe("2026-02-09T18:30:00+01:00");
    expect(at("Tue, 10 Feb 2026 09:00:00 EST")).toBe("2026-02-10T09:00:00-05:00");
    expect(at("Mon, 9 Feb 2026 14:05:00 GMT")).toBe("2026-02-09T14:05:00Z");
    expect(at("Mon, 09 Feb 26 18:30:00 +0100")).toBe("2026-02-09T18:30:00+01:00");
  });

  it("reads the zone names feeds write although RFC 822 has none (UTC, CET, CEST, BST)", () => {
    expect(at("Mon, 09 Feb 2026 18:30:00 UTC")).toBe("2026-02-09T18:30:00Z");
    expect(at("Mon, 09 Feb 2026 18:30 CET")).toBe("2026-02-09T18:30:00+01:00");
    expect(at("Tue, 09 Jun 2026 18:30:00 CEST")).toBe("2026-06-09T18:30:00+02:00");
    expect(at("Tue, 09 Jun 2026 18:30:00 BST")).toBe("2026-06-09T18:30:00+01:00");
  });

  it("keeps the time when the weekday is spelled out or the comma has no space after it", () => {
    expect(at("Monday, 09 February 2026 18:30:00 +0000")).toBe("2026-02-09T18:30:00+00:00");
    expect(at("Mon,09 Feb 2026 18:30:00 +0100")).toBe("2026-02-09T18:30:00+01:00");
    expect(at("Wed, 16 Sept 2026 07:00:00 +0200")).toBe("2026-09-16T07:00:00+02:00");
  });

  it("reads French month and weekday abbreviations some French feeds put in pubDate", () => {
    expect(at("lun., 09 févr. 2026 18:30:00 +0100")).toBe("2026-02-09T18:30:00+01:00");
    expect(at("mer., 05 août 2026 07:15:00 +0200")).toBe("2026-08-05T07:15:00+02:00");
    expect(at("jeu. 3 déc. 2026 10:00:00 +0100")).toBe("2026-12-03T10:00:00+01:00");
  });

  it("reads ISO 8601 and the basic form NITF's norm attributes use", () => {
    expect(at("2026-02-09T18:30:00.000+01:00")).toBe("2026-02-09T18:30:00+01:00");
    expect(at("20231109T143000+0100")).toBe("2023-11-09T14:30:00+01:00");
    expect(at("20231109T1430+0100")).toBe("2023-11-09T14:30:00+01:00");
    expect(parseWireDate("20231109")).toEqual({ date: "2023-11-09", precision: "day" });
  });

  it("gives nothing for a word that is no month", () => {
    expect(at("Mon, 09 Xyz 2026 18:30:00 +0100")).toBeNull();
    expect(parseWireDate("")).toBeNull();
  });
});

describe("parseWireDate on relative words", () => {
  it("gives no date for a field with no year ('Today 10:15'), rather than the day the file is read", () => {
    expect(parseWireDate("Today 10:15")).toBeNull();
    expect(parseWireDate("il y a 2 heures")).toBeNull();
    expect(parseWireDate("yesterday")).toBeNull();
  });
});
