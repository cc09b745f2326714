// zod/mini: the same validation at a fraction of the bundle size (cold start).
import * as z from "zod/mini";
import { InvalidCursorError } from "../store/cursor";
import { articleIdFor } from "../store/keys";
import type { SummaryStore } from "../store/summary-store";
import { handleView } from "../viewer/view-routes";

export interface QueryRequest {
  method: string;
  /** Path without query string, e.g. "/articles/abc". */
  path: string;
  query: Record<string, string | undefined>;
}

export interface QueryResponse {
  status: number;
  /** JSON for the API; a string sent as it is when `headers` are given (the viewer's pages). */
  body: unknown;
  headers?: Record<string, string>;
}

export const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 20;

const limit = z._default(
  z.coerce.number().check(z.refine(Number.isInteger, "limit must be a whole number"), z.minimum(1, "limit is at least 1"), z.maximum(MAX_LIMIT, `limit is at most ${MAX_LIMIT}`)),
  DEFAULT_LIMIT,
);
const cursor = z.optional(z.string().check(z.maxLength(2000), z.regex(/^[A-Za-z0-9_-]+$/, "cursor is not one this API issued")));
// Long or odd names are not an error: they match nothing, and the store answers with an empty page.
const name = z.string().check(z.trim(), z.minLength(1, "name must not be empty"), z.maxLength(1000, "name is at most 1000 characters"));
const SUGGESTION_LIMIT = 10;

const schemas = {
  article: z.object({ id: z.string().check(z.regex(/^[0-9a-f]{24}$/, "id is 24 hexadecimal characters")) }),
  byMonth: z.object({
    month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month must be YYYY-MM")),
    lang: z.optional(z.string().check(z.regex(/^[a-z]{2,3}$/, "lang is an ISO 639-1 code such as fr"))),
    limit,
    cursor,
  }),
  byEntity: z.object({ name, limit, cursor }),
  quotes: z.object({ speaker: name, limit, cursor }),
  failed: z.object({ status: z.literal("FAILED"), limit, cursor }),
  suggest: z.object({
    prefix: z.string().check(z.trim(), z.minLength(2, "prefix is at least 2 characters"), z.maxLength(100, "prefix is at most 100 characters")),
    limit: z._default(z.coerce.number().check(z.refine(Number.isInteger, "limit must be a whole number"), z.minimum(1), z.maximum(SUGGESTION_LIMIT)), SUGGESTION_LIMIT),
  }),
  status: z.object({
    key: z.string().check(z.minLength(1, "key is required"), z.maxLength(1024, "key is at most 1024 characters")),
    bucket: z.optional(z.string().check(z.maxLength(63))),
  }),
};

/**
 * The query API, independent of how it is served (Function URL in AWS, a
 * local HTTP server in `npm start`). Reads only; every parameter validated.
 */
export async function handleQuery(req: QueryRequest, store: SummaryStore, defaultBucket: string): Promise<QueryResponse> {
  if (req.method !== "GET") return { status: 405, body: { error: "only GET is supported" } };
  const segments = req.path.split("/").filter(Boolean).map(safeDecode);
  try {
    if (segments[0] === "view") return await handleView(segments.slice(1), req.query, store);
    if (segments[0] === "articles" && segments.length === 2) {
      const { id } = parse(schemas.article, { id: segments[1] });
      const summary = await store.getSummary(id);
      return summary ? { status: 200, body: summary } : { status: 404, body: { error: `no article with id ${id}` } };
    }
    if (segments[0] === "articles" && segments.length === 1 && req.query.status !== undefined) {
      const q = parse(schemas.failed, req.query);
      return { status: 200, body: await store.listFailed({ limit: q.limit, cursor: q.cursor }) };
    }
    if (segments[0] === "articles" && segments.length === 1) {
      const q = parse(schemas.byMonth, req.query);
      return { status: 200, body: await store.listByMonth(q.month, { limit: q.limit, cursor: q.cursor }, q.lang) };
    }
    if (segments[0] === "entities" && segments[2] === "articles" && segments.length === 3) {
      const q = parse(schemas.byEntity, { ...req.query, name: segments[1] });
      return { status: 200, body: await store.listByEntity(q.name, { limit: q.limit, cursor: q.cursor }) };
    }
    if (segments[0] === "entities" && segments.length === 1) {
      const q = parse(schemas.suggest, req.query);
      return { status: 200, body: { items: await store.suggestEntities(q.prefix, q.limit) } };
    }
    if (segments[0] === "quotes" && segments.length === 1) {
      const q = parse(schemas.quotes, req.query);
      return { status: 200, body: await store.listQuotesBySpeaker(q.speaker, { limit: q.limit, cursor: q.cursor }) };
    }
    if (segments[0] === "status" && segments.length === 1) {
      const q = parse(schemas.status, req.query);
      const status = await store.getStatus(articleIdFor(q.bucket ?? defaultBucket, q.key));
      if (!status) return { status: 404, body: { error: `nothing is known about key ${JSON.stringify(q.key)}`, key: q.key } };
      return { status: 200, body: status };
    }
    return { status: 404, body: { error: "unknown route; see GET /articles/{id}, /articles?month=, /articles?status=FAILED, /entities?prefix=, /entities/{name}/articles, /quotes?speaker=, /status?key=, and the viewer at /view" } };
  } catch (e) {
    if (e instanceof BadRequest) return { status: 400, body: { error: e.message } };
    if (e instanceof InvalidCursorError) return { status: 400, body: { error: e.message } };
    throw e;
  }
}

class BadRequest extends Error {}

function parse<T extends z.ZodMiniType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new BadRequest(result.error.issues.map((i) => `${i.path.join(".") || "request"}: ${i.message}`).join("; "));
  }
  return result.data;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
