import { describe, expect, it } from "vitest";
import { summarize } from "../summarize";

const typeOf = (body: string, name: string) => summarize({ id: "t", name: "t.txt", body }).entities.find((e) => e.name === name)?.type;

describe("sides of a match in running text", () => {
  const report =
    "SOCCER - EXETER HOLD SWINDON\n\nExeter held Swindon to a goalless draw on Sunday, while Bolton beat Wigan 2-1 in Manchester.\n\nThe Exeter striker missed a penalty before half-time. Bolton, whose football has improved, play in Manchester again next month.\n";

  it("takes a town's name that a match verb and a score put on the pitch for its club, in every line that names it", () => {
    for (const club of ["Exeter", "Swindon", "Bolton", "Wigan"]) expect(typeOf(report, club)).toBe("ORGANIZATION");
  });

  it("keeps the place where the game was played, and a country's national side, as places", () => {
    expect(typeOf(report, "Manchester")).toBe("LOCATION");
    const national = "FOOTBALL\n\nKorea beat Japan 3-0 in Toyota on Wednesday, two goals from their striker settling it before half-time.\n";
    expect(typeOf(national, "Korea")).toBe("LOCATION");
    expect(typeOf(national, "Japan")).toBe("LOCATION");
  });

  it("reads French match reports the same way ('Rennes a battu Lorient 2-1')", () => {
    const fr = "Ligue 1\n\nRennes a battu Lorient 2-1 dimanche grâce à un doublé de son attaquant, avant la mi-temps.\n";
    expect(typeOf(fr, "Rennes")).toBe("ORGANIZATION");
    expect(typeOf(fr, "Lorient")).toBe("ORGANIZATION");
  });

  it("reads a French score written with 'à' and a match verb in the participle ('en battant Toulon 24 à 22')", () => {
    const fr =
      "Rugby : Brive arrache la qualification face à Toulon\n\nLe CA Brive s'est qualifié dimanche pour les barrages du championnat en battant Toulon 24 à 22 au stade Amédée-Domenech, sur une pénalité dans les dernières secondes.\n";
    expect(typeOf(fr, "Toulon")).toBe("ORGANIZATION");
    // A time of day is no score: the town that "reçoit" visitors "de 14 à 16 heures" in a sports story stays a place.
    const times = "Rugby\n\nLe championnat reprend samedi. Toulon reçoit les supporters de 14 à 16 heures pour une journée portes ouvertes.\n";
    expect(typeOf(times, "Toulon")).toBe("LOCATION");
  });

  it("leaves places alone outside a sports story: a vote's tally is no score", () => {
    const vote = "Primary\n\nOhio defeated the measure 52-48 on Tuesday, and Florida voted against it too, officials in Columbus said.\n";
    expect(typeOf(vote, "Ohio")).toBe("LOCATION");
    expect(typeOf(vote, "Florida")).toBe("LOCATION");
  });
});
