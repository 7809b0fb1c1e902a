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
// What the app needs to work without signal, every page included ("Siap dipakai tanpa
// sinyal" is shown once these are stored). The largest first: the browser opens six
// connections at a time, and on a slow line the screening module's half megabyte decides
// when the app is ready offline.
const FILES = [
  'pkg/layak_screen_bg.wasm',
  'pkg/layak_bg.wasm',
  'index.html',
  'app.js',
  'ui.js',
  'register.js',
  'claim.js',
  'screen.js',
  'verval.js',
  'verval-run.js',
  'lapor.js',
  'idle.js',
  'update.js',
  'start-sw.js',
  'screen-worker.js',
  'screen-helper.js',
  'style.css',
  'manifest.webmanifest',
  'icon.svg',
  'pkg/layak.js',
  'pkg/form.js',
  'pkg/layak_screen.js',
  'workbook.js',
];
// The second stage: the results-workbook writer (about 0.4 MB, more than the screening
// module), needed only when an operator asks for results.xlsx. On a first visit it is not
// part of the install, so that "ready without signal" is not kept waiting for it on a slow
// line: the page asks for it ('fill-later') once the app is ready offline, and it is stored
// in the background into the same cache. An update (a worker already in charge) installs
// both stages at once. A workbook asked for before the stage is stored is fetched and kept
// by the fetch handler below.
const LATER = [
  'pkg/layak_workbook_bg.wasm',
  'pkg/layak_workbook.js',
  'workbook-worker.js',
];

// What each file of this build hashes to (SHA-256, base64), from pkg/version.js.
const HASHES = self.LAYAK_FILES || {};
async function isOfThisBuild(res, file) {
  if (!HASHES[file]) return false;
  const digest = await crypto.subtle.digest('SHA-256', await res.clone().arrayBuffer());
  return btoa(String.fromCharCode(...new Uint8Array(digest))) === HASHES[file];
}

// Every file of this build and nothing else. A file the browser already holds (the page
// just loaded it) is taken from its HTTP cache only if its hash is this build's: on a slow
// line each question to the server costs seconds. Any other file is fetched with
// `cache: 'reload'`, past the HTTP cache, so ordinary hosting (max-age on everything but
// sw.js) cannot slip the old index.html into the new cache. If the server already holds
// yet another build, the install fails and the browser tries again with that build's worker.
async function fetchOfThisBuild(url, file) {
  let res = await fetch(new Request(url, { cache: 'force-cache' })).catch(() => null);
  if (res?.ok && (await isOfThisBuild(res, file))) return res;
  res = await fetch(new Request(url, { cache: 'reload' }));
  if (!res.ok) throw new Error(`${file}: ${res.status}`);
  if (HASHES[file] && !(await isOfThisBuild(res, file))) throw new Error(`${file}: not the file of ${VERSION}`);
  return res;
}

async function store(files) {
  const cache = await caches.open(VERSION);
  await Promise.all(files.map(async (f) => {
    if (await cache.match(f)) return;
    // index.html is asked for by the page's own address, which is what the browser holds.
    const res = await fetchOfThisBuild(f === 'index.html' ? './' : f, f);
    if (f === 'index.html') await cache.put('./', res.clone());
    await cache.put(f, res);
  }));
}

self.addEventListener('install', (event) => {
  // A first visit stores the app (the workbook writer comes later, see LATER); an update
  // stores everything before it is offered.
  event.waitUntil(store(self.registration.active ? [...FILES, ...LATER] : FILES));
});

// The second stage, asked for by the page once the app is ready offline (again on every
// load until it is complete). Answers whether every file of it is stored.
let later = null;
function storeLater() {
  later ??= store(LATER).then(() => true, () => false).finally(() => { later = null; });
  return later;
}

self.addEventListener('message', (event) => {
  const { type } = event.data ?? {};
  if (type === 'activate-now') self.skipWaiting();
  if (type === 'store-later') {
    event.waitUntil(storeLater().then((ready) => event.source?.postMessage({ type: 'later', ready })));
  }
  // A page asks which version it runs and which is the newest here. A tab this worker has
  // not served yet (the first page of a first visit) runs the newest.
  if (type === 'version' && event.source) {
    event.waitUntil(versions().then(async (map) => {
      const id = event.source.id;
      if (!map.has(id)) await remember(id, VERSION);
      event.source.postMessage({ type: 'version', version: VERSION, mine: map.get(id)[0] });
    }));
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
