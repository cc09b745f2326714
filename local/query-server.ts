import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { handleQuery } from "../shared/query/query-api";
import type { SummaryStore } from "../shared/store/summary-store";

/** Serves the query API and the viewer (/view) locally, as the Function URL does in AWS. */
export async function startQueryServer(store: SummaryStore, bucket: string, port = 0): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    try {
      const response = await handleQuery({ method: req.method ?? "GET", path: url.pathname, query: Object.fromEntries(url.searchParams) }, store, bucket);
      if (response.headers) res.writeHead(response.status, response.headers).end(String(response.body));
      else res.writeHead(response.status, { "content-type": "application/json" }).end(JSON.stringify(response.body));
    } catch (e) {
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: (e as Error).message }));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
