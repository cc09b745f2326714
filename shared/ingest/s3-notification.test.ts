import { describe, expect, it } from "vitest";
import { eventOrderKey } from "../store/keys";
import { MalformedNotificationError, REPLAY_EVENT, decodeS3Key, encodeS3Key, parseS3Notification } from "./s3-notification";

const record = (eventName: string, key: string, extra: Record<string, unknown> = {}) => ({
  eventName,
  eventTime: "2024-05-01T10:00:00.000Z",
  s3: { bucket: { name: "b" }, object: { key, sequencer: "0055AED6DCD90281E5", ...extra } },
});

describe("parseS3Notification", () => {
  it("yields nothing for the s3:TestEvent S3 sends when notifications are configured", () => {
    expect(parseS3Notification(JSON.stringify({ Service: "Amazon S3", Event: "s3:TestEvent", Bucket: "b" }))).toEqual([]);
  });

  it("decodes created and removed records, URL-decoding keys with + as space", () => {
    const body = JSON.stringify({ Records: [record("ObjectCreated:Put", "dossier/a+b%C3%A9.txt", { size: 12, versionId: "v1" }), record("ObjectRemoved:Delete", "x.txt")] });
    const [created, removed] = parseS3Notification(body);
    expect(created).toMatchObject({ kind: "created", bucket: "b", key: "dossier/a bé.txt", size: 12, versionId: "v1" });
    expect(removed).toMatchObject({ kind: "removed", key: "x.txt" });
    expect(created.replay).toBeUndefined();
  });

  it("skips event types that are neither creations nor removals", () => {
    expect(parseS3Notification(JSON.stringify({ Records: [record("ObjectTagging:Put", "a.txt")] }))).toEqual([]);
  });

  it("rejects bodies that are not S3 notifications with a clear error", () => {
    expect(() => parseS3Notification("not json")).toThrow(MalformedNotificationError);
    expect(() => parseS3Notification(JSON.stringify({ hello: 1 }))).toThrow(/not an S3 event notification/);
    expect(() => parseS3Notification(JSON.stringify({ Records: [{ eventName: "ObjectCreated:Put" }] }))).toThrow(/malformed/);
  });

  it("keeps a replayed event's stored order key, so reindex never outranks a newer upload", () => {
    const stored = eventOrderKey("00AB", "2024-01-01T00:00:00.000Z");
    const [change] = parseS3Notification(JSON.stringify({ Records: [{ eventName: REPLAY_EVENT, s3: { bucket: { name: "b" }, object: { key: "a.txt", sequencer: stored } } }] }));
    expect(change).toMatchObject({ replay: true, sequencer: stored });
  });
});

describe("S3 key encoding", () => {
  it("round-trips keys with spaces, plus signs, percent signs, slashes and unicode", () => {
    for (const key of ["a b.txt", "a+b.txt", "100% sûr.txt", "dir/sub dir/ü.md", "x".repeat(1000)]) {
      expect(decodeS3Key(encodeS3Key(key))).toBe(key);
    }
  });

  it("accepts raw keys that are not valid percent-encoding", () => {
    expect(decodeS3Key("50%off.txt")).toBe("50%off.txt");
  });
});

describe("eventOrderKey", () => {
  it("orders by sequencer after right-padding, whatever the lengths", () => {
    expect(eventOrderKey("0055AED6DCD90281E5") < eventOrderKey("0055AED6DCD90281E6")).toBe(true);
    expect(eventOrderKey("0055AED6DCD90281E5") < eventOrderKey("0055AED6DCD90281E500")).toBe(false);
    expect(eventOrderKey("1") > eventOrderKey("0FFFFFFF")).toBe(true);
  });

  it("breaks ties between equal sequencers by event time, and only then", () => {
    const early = eventOrderKey("617F08299329D189", "2024-05-01T10:00:00.000001");
    const late = eventOrderKey("617F08299329D189", "2024-05-01T10:00:00.000002");
    expect(early < late).toBe(true);
    expect(eventOrderKey("617F08299329D18A", "2000-01-01T00:00:00.000Z") > late).toBe(true);
  });
});
