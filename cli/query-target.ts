import { signedGet } from "./signed-fetch";
import type { Target } from "./targets";

/** GET a query API path on the target: plain locally, SigV4-signed for a deployed Function URL. */
export async function queryTarget(target: Target, path: string): Promise<{ status: number; body: unknown }> {
  const url = `${target.queryUrl}${path}`;
  const response = target.kind === "aws" ? await signedGet(url) : await fetch(url);
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: { error: text } };
  }
}
