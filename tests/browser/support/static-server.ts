// A tiny static file server for the built pane (dist/) on a free localhost port; it records every path asked for.
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
};

export interface StaticServer {
  origin: string;
  requested: string[];
  close(): Promise<void>;
}

/** The page's own CSP (its meta tag), sent as a header too: workers get their policy from their response. */
async function pagePolicy(root: string): Promise<string | null> {
  try {
    const html = await readFile(path.join(root, "taskpane.html"), "utf8");
    return /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html)?.[1] ?? null;
  } catch {
    return null;
  }
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const requested: string[] = [];
  const csp = await pagePolicy(root);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://localhost");
      requested.push(url.pathname);
      const rel = decodeURIComponent(url.pathname).replace(/^\/+/, "") || "taskpane.html";
      const file = path.resolve(root, rel);
      if (!file.startsWith(path.resolve(root) + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if (!(await stat(file)).isFile()) throw new Error("not a file");
        const body = await readFile(file);
        res.writeHead(200, {
          "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
          "Cache-Control": "no-store",
          ...(csp ? { "Content-Security-Policy": csp } : {}),
        });
        res.end(body);
      } catch {
        res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the test server has no port");
  return {
    origin: `http://localhost:${address.port}`,
    requested,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
