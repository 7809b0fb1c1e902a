// A small static file server for the web app, bound to 127.0.0.1 only.
//   node e2e/serve.mjs www 8080     (port 0 picks a free one)
//   node e2e/serve.mjs www 8080 --max-age 3600   (cache everything but sw.js for an hour,
//                                                  as ordinary web hosting does)
// It sends the Content-Security-Policy that keeps every request on this origin, serves
// .wasm as application/wasm (needed for streaming compilation), compresses text and
// WebAssembly with brotli or gzip (whichever the browser accepts; a phone on a slow line
// gets a third of the bytes), and sends validators (ETag, Last-Modified) so that a browser
// asking again for a file it has gets "304 Not Modified" instead of the file.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as Z } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
// Already compressed (PNG, XLSX is a zip) or too small to gain: sent as they are.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.wasm', '.svg', '.csv', '.txt']);

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
  "style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'";

/** The encoding to send: brotli if the browser takes it, else gzip, else none. */
export function negotiate(acceptEncoding = '') {
  const accepted = new Map();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (e) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

/**
 * Serves `root`. Options: `maxAge` (seconds; default 0 = "no-cache", revalidate every time)
 * sets `Cache-Control: max-age` on every file except the service worker `sw.js`, which
 * browsers must always be able to check for a new version.
 */
export function serve(root, port = 0, { maxAge = 0, compress = true, throttle = null, onSent = null, onAsked = null } = {}) {
  const base = resolve(root);
  const send = throttle ? throttled(throttle) : (res, data) => res.end(data);
  // Compressed bodies by path, modification time and encoding: compressed once, not per request.
  const packed = new Map();
  const body = async (path, info, enc) => {
    const key = `${path}\0${info.mtimeMs}\0${info.size}\0${enc}`;
    let p = packed.get(key);
    if (!p) {
      p = readFile(path).then(async (raw) => {
        const data = enc === 'br'
          ? await brotli(raw, { params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_SIZE_HINT]: raw.length } })
          : enc === 'gzip' ? await gz(raw, { level: 9 }) : raw;
        const tag = createHash('sha256').update(raw).digest('base64url').slice(0, 22);
        return { data, etag: `"${tag}${enc === 'identity' ? '' : `-${enc}`}"` };
      });
      packed.set(key, p);
      p.catch(() => packed.delete(key));
    }
    return p;
  };
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      onAsked?.(url.pathname);
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) { res.writeHead(403).end(); return; }
      let info = await stat(path).catch(() => null);
      if (info && info.isDirectory()) { path = join(path, 'index.html'); info = await stat(path).catch(() => null); }
      if (!info) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      const ext = extname(path);
      const enc = compress && COMPRESSIBLE.has(ext) && info.size > 512 ? negotiate(req.headers['accept-encoding']) : 'identity';
      const { data, etag } = await body(path, info, enc);
      const modified = new Date(Math.floor(info.mtimeMs / 1000) * 1000);
      const worker = basename(path) === 'sw.js';
      const headers = {
        'Content-Type': TYPES[ext] || 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'Cache-Control': maxAge > 0 && !worker ? `max-age=${maxAge}` : 'no-cache',
        ETag: etag,
        'Last-Modified': modified.toUTCString(),
        Vary: 'Accept-Encoding',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      };
      // A browser that has this very file gets "not modified" and no body. ETag wins over
      // the date when both are sent (RFC 9110 section 13.2.2).
      const inm = req.headers['if-none-match'];
      const ims = req.headers['if-modified-since'];
      const fresh = inm !== undefined
        ? inm.split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => t === etag || t === '*')
        : ims !== undefined && !Number.isNaN(Date.parse(ims)) && modified.getTime() <= Date.parse(ims);
      if (fresh && (req.method === 'GET' || req.method === 'HEAD')) {
        if (throttle) await sleep(throttle.latencyMs);
        onSent?.(url.pathname, 0, 'not-modified');
        res.writeHead(304, { ETag: etag, 'Last-Modified': headers['Last-Modified'], 'Cache-Control': headers['Cache-Control'], Vary: 'Accept-Encoding' }).end();
        return;
      }
      if (enc !== 'identity') headers['Content-Encoding'] = enc;
      headers['Content-Length'] = data.length;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') res.end();
      else await send(res, data);
      onSent?.(url.pathname, req.method === 'HEAD' ? 0 : data.length, enc);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(e));
    }
  });
  // Every file compressed once at start, one after the other, so that the first phone to
  // ask does not wait for brotli's best setting on a megabyte of WebAssembly.
  const warm = (async () => {
    for (const entry of await readdir(base, { recursive: true, withFileTypes: true }).catch(() => [])) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath ?? entry.path, entry.name);
      const info = await stat(path).catch(() => null);
      if (!info || !compress || !COMPRESSIBLE.has(extname(path)) || info.size <= 512) continue;
      for (const enc of ['br', 'gzip']) await body(path, info, enc).catch(() => {});
    }
  })();
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      ok({
        warm,
        url: `http://127.0.0.1:${p}/`,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
      });
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A slow line for the first-visit benchmark: every answer waits `latencyMs` (the round trip),
 * then all answers share `bytesPerSec` (one radio link), sent in small pieces. Done here
 * rather than with Chromium's network emulation because that does not reach the service
 * worker's requests, which are half of what a first visit downloads.
 */
function throttled({ latencyMs, bytesPerSec }) {
  let free = 0; // when the link is next free, in ms
  const PIECE = 4096;
  return async (res, data) => {
    await sleep(latencyMs);
    for (let at = 0; at < data.length; at += PIECE) {
      const piece = data.subarray(at, at + PIECE);
      const now = performance.now();
      free = Math.max(free, now) + (piece.length * 1000) / bytesPerSec;
      await sleep(free - now);
      if (!res.write(piece)) await new Promise((r) => res.once('drain', r));
    }
    res.end();
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--max-age');
  const maxAge = at >= 0 ? Number(args.splice(at, 2)[1]) : 0;
  const root = args[0] || 'www';
  const port = Number(args[1] ?? 8080);
  const { url } = await serve(root, port, { maxAge });
  console.log(`layak web app: ${url}`);
  console.log('(Ctrl-C to stop)');
}
