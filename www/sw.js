// Service worker: keeps the app and its WebAssembly on the device so that, after one visit,
// the forms work with no network at all. Cache-first for this origin's files; requests to
// any other origin are never made by the app and are not handled here.
//
// Versions. build-web.sh writes pkg/version.js with a hash of every file, so each build has
// its own cache ("layak-<hash>"). A new worker fills its cache and then WAITS: the page says
// "Versi baru tersedia — muat ulang" and only when the operator agrees (and nothing is being
// worked on) does it ask the new worker to take over and reload. Until then, and in any other
// tab still open on the old version, every file comes from the cache of the version the tab
// was loaded with: an old tab never gets a new screening worker next to its old page.
importScripts('pkg/version.js');
const VERSION = self.LAYAK_VERSION || 'layak-dev';
const PREFIX = 'layak-';
// Which version each open tab (and each of its workers) was loaded with. Kept in a cache as
// well, because the browser stops an idle service worker and its memory with it.
const CLIENTS = 'layak-clients';
const FILES = [
  './',
  'index.html',
  'app.js',
  'ui.js',
  'register.js',
  'claim.js',
  'screen.js',
  'idle.js',
  'update.js',
  'screen-worker.js',
  'screen-helper.js',
  'style.css',
  'manifest.webmanifest',
  'icon.svg',
  'labels.json',
  'pkg/layak.js',
  'pkg/layak_bg.wasm',
  'pkg/form.js',
  'pkg/layak_screen.js',
  'pkg/layak_screen_bg.wasm',
  'pkg/version.js',
];

self.addEventListener('install', (event) => {
  // Every file from the server, not from the browser's HTTP cache: with ordinary hosting
  // (max-age on everything but sw.js) the HTTP cache would hand the new cache the old
  // index.html. `no-cache` makes the browser ask the server every time; a file the browser
  // already holds comes back as "304 Not Modified" (the bundled server sends ETags), so the
  // first visit does not download the 1 MB of WebAssembly twice. A response of the wrong
  // version cannot slip in: the cache is complete or the install fails and is retried.
  event.waitUntil((async () => {
    const cache = await caches.open(VERSION);
    await Promise.all(FILES.map(async (f) => {
      const res = await fetch(new Request(f, { cache: 'no-cache' }));
      if (!res.ok) throw new Error(`${f}: ${res.status}`);
      await cache.put(f, res);
    }));
  })());
});

self.addEventListener('message', (event) => {
  const { type, version } = event.data ?? {};
  if (type === 'activate-now') self.skipWaiting();
  if (type === 'version') event.source?.postMessage({ type: 'version', version: VERSION });
  // A page says which version it was loaded with (the first page of a first visit was
  // loaded before this worker existed).
  if (type === 'hello' && event.source?.id && typeof version === 'string' && version.startsWith(PREFIX)) {
    event.waitUntil(caches.has(version).then((ok) => ok && remember(event.source.id, version)));
  }
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim().then(sweep));
});

let clientVersions = null;
async function versions() {
  if (!clientVersions) {
    const res = await (await caches.open(CLIENTS)).match('map');
    clientVersions = new Map(res ? Object.entries(await res.json()) : []);
  }
  return clientVersions;
}
const save = async (map) => (await caches.open(CLIENTS)).put('map', new Response(JSON.stringify(Object.fromEntries(map))));
async function remember(id, version) {
  const map = await versions();
  if (!id || map.get(id)?.[0] === version) return;
  map.set(id, [version, Date.now()]);
  await save(map);
}

/** Removes the caches of versions no open tab uses any more, and forgets closed tabs. A tab
 *  remembered in the last minute is kept even if the browser does not list it yet (a page
 *  being loaded is not yet a client). */
async function sweep() {
  const open = await self.clients.matchAll({ includeUncontrolled: true, type: 'all' });
  const map = await versions();
  const live = new Set(open.map((c) => c.id));
  const recent = Date.now() - 60_000;
  for (const [id, [, at]] of [...map]) if (!live.has(id) && at < recent) map.delete(id);
  await save(map);
  const keep = new Set([VERSION, CLIENTS, ...[...map.values()].map(([v]) => v)]);
  for (const k of await caches.keys()) if (k.startsWith(PREFIX) && !keep.has(k)) await caches.delete(k);
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    // A page loaded now gets this worker's version; a file asked for by a tab or a worker
    // comes from the version that tab was loaded with, if its cache is still there.
    const map = await versions();
    let version = VERSION;
    if (req.mode !== 'navigate') {
      const [own] = map.get(event.clientId) ?? [];
      if (own && (await caches.has(own))) version = own;
      // A tab seen for the first time is of the version serving it now.
      else if (event.clientId && !own) event.waitUntil(remember(event.clientId, version));
    }
    if (event.resultingClientId) event.waitUntil(remember(event.resultingClientId, version));
    const cache = await caches.open(version);
    const hit = await cache.match(req, { ignoreSearch: true })
      || (req.mode === 'navigate' ? await cache.match('index.html') : undefined);
    if (hit) return hit;
    const res = await fetch(req);
    if (res.ok && res.type === 'basic' && version === VERSION) cache.put(req, res.clone());
    return res;
  })());
  if (req.mode === 'navigate') event.waitUntil(sweep());
});
