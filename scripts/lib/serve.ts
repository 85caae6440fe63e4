/**
 * A small static server for the built site: mounts a folder under a sub-path (e.g. `/rabt/`),
 * optionally overriding some files (a synthetic `data/graph.json` for benchmarks, a corrupt one
 * for the error-screen test). Used by `npm start`-like previews, e2e tests and benchmarks.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServerOptions {
  readonly root: string;
  /** Sub-path the site is mounted under, with leading and trailing slash. Default `/`. */
  readonly base?: string;
  readonly port?: number;
  /** Paths relative to the base (e.g. `data/graph.json`) served from other files instead. */
  readonly overrides?: Readonly<Record<string, string>>;
  /** Extra folders mounted at a URL prefix (e.g. `{"/vendor/": "node_modules/vis-timeline"}`). */
  readonly mounts?: Readonly<Record<string, string>>;
}

export interface StaticServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 and resolves with its URL (including the base). */
export function serveStatic(options: StaticServerOptions): Promise<StaticServer> {
  const base = options.base ?? "/";
  const root = resolve(options.root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const path = decodeURIComponent(url.pathname);
    let file: string | undefined;
    for (const [prefix, dir] of Object.entries(options.mounts ?? {})) {
      if (path.startsWith(prefix)) file = join(resolve(dir), normalize(path.slice(prefix.length)));
    }
    if (!file) {
      if (!path.startsWith(base)) {
        res.writeHead(path === "/" || `${path}/` === base ? 302 : 404, { location: base });
        res.end();
        return;
      }
      const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, "");
      file = options.overrides?.[rel] ?? join(root, rel || "index.html");
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end(`not found: ${path}`);
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const addr = server.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      ok({
        url: `http://127.0.0.1:${port}${base}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // a browser keeps connections open (and may have a request in flight): closing means now
            server.closeAllConnections();
          }),
      });
    });
  });
}
