import { describe, expect, it } from "vitest";
import { InvalidCursorError, decodeCursor, encodeCursor } from "./cursor";

const key = { pk: "ART#0123456789abcdef01234567", sk: "SUMMARY", gsi1pk: "MONTH#2023-11", gsi1sk: "2023-11-09#0123456789abcdef01234567" };

describe("pagination cursors", () => {
  it("round-trip within their own listing", () => {
    expect(decodeCursor(encodeCursor(key), "MONTH#2023-11")).toEqual(key);
  });

  it("cannot move a query into another partition", () => {
    expect(() => decodeCursor(encodeCursor(key), "MONTH#2023-12")).toThrow(InvalidCursorError);
    expect(() => decodeCursor(encodeCursor({ ...key, gsi1pk: "ENT#vladimir poutine" }), "MONTH#2023-11")).toThrow(InvalidCursorError);
  });

  it("rejects garbage and crafted keys", () => {
    expect(() => decodeCursor("bm90IGpzb24", "MONTH#2023-11")).toThrow(InvalidCursorError);
    const crafted = Buffer.from(JSON.stringify(["STATUS", "x", "MONTH#2023-11", "y"])).toString("base64url");
    expect(() => decodeCursor(crafted, "MONTH#2023-11")).toThrow(InvalidCursorError);
  });
});
