// A tiny static server for a built dist/, as a plain static host serves it: files
// by path, index.html for any other path inside the app (deep links), the .wasm
// MIME type, a folder's index.html, and nothing outside the app's path prefix;
// optionally the build's compressed copies, as a host that serves them would.
// CLI: node serve.mjs <dir> <port> [prefix]   e.g. node serve.mjs ../../dist 4173 /
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** The file to answer `urlPath` with, or null when it is outside the app. */
async function fileFor(root, prefix, urlPath) {
  const path = decodeURIComponent(urlPath.split("?")[0]);
  if (!path.startsWith(prefix) && path !== prefix.replace(/\/$/, "")) return null;
  const inside = normalize("/" + path.slice(prefix.length));
  const candidate = join(root, inside);
  if (candidate.startsWith(root)) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
    // A folder's own index.html, as static hosts serve it (the phone's page).
    const folderIndex = join(candidate, "index.html");
    if (info?.isDirectory() && inside.endsWith("/") && (await stat(folderIndex).catch(() => null))?.isFile()) return folderIndex;
  }
  return join(root, "index.html");
}

/** The build's .br or .gz copy of `file` that the browser accepts, as nginx's `*_static` picks it. */
async function compressedCopy(file, accepted = "") {
  for (const [name, suffix] of [["br", "br"], ["gzip", "gz"]]) {
    if (file && accepted.includes(name) && (await stat(`${file}.${suffix}`).catch(() => null))?.isFile()) {
      return { name, suffix };
    }
  }
  return null;
}

/**
 * Serves `root` under `prefix` on 127.0.0.1:`port`, with `precompressed` the
 * build's .br and .gz copies to browsers that take them. Returns the server, a
 * function that switches to another folder (a newly published version) and
 * the count of body bytes sent so far.
 */
export function startServer({ root, port, prefix = "/", precompressed = false }) {
  let current = resolve(root);
  let sent = 0;
  const server = createServer(async (request, response) => {
    const file = await fileFor(current, prefix, request.url ?? "/");
    const encoding = precompressed ? await compressedCopy(file, request.headers["accept-encoding"]) : null;
    const body = file && (await readFile(encoding ? `${file}.${encoding.suffix}` : file).catch(() => null));
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
      ...(encoding && { "content-encoding": encoding.name, vary: "accept-encoding" }),
    });
    response.end(body);
    sent += body.length;
  });
  const listening = new Promise((done) => server.listen(port, "127.0.0.1", done));
  return {
    server,
    listening,
    publish(folder) {
      current = resolve(folder);
    },
    sent: () => sent,
    close: () => new Promise((done) => server.close(done)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = "dist", port = "4173", prefix = "/"] = process.argv.slice(2);
  const { listening } = startServer({ root, port: Number(port), prefix });
  listening.then(() => console.log(`serving ${resolve(root)} at http://127.0.0.1:${port}${prefix}`));
}
