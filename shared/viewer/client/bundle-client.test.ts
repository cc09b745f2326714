import { describe, expect, it } from "vitest";
import { VIEWER_JS } from "../client-bundle";
import { bundleViewerClient } from "./bundle-client";

describe("viewer client bundle", () => {
  it("is the esbuild output of the current source (run npx tsx scripts/build-viewer-client.ts after editing client/)", async () => {
    expect(VIEWER_JS).toBe(await bundleViewerClient());
  });
});
