// Service worker: keeps the app and its WebAssembly on the device so that, after one visit,
// the forms work with no network at all. Cache-first for this origin's files; requests to
// any other origin are never made by the app and are not handled here.
// build-web.sh writes pkg/version.js with a hash of the files, so a new build replaces the
// old cache (the browser also compares imported scripts when it checks for an update).
importScripts('pkg/version.js');
const VERSION = self.LAYAK_VERSION || 'layak-dev';
const FILES = [
  './',
  'index.html',
  'app.js',
  'ui.js',
  'register.js',
  'claim.js',
  'screen.js',
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
  event.waitUntil(caches.open(VERSION).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== VERSION).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(VERSION);
    const hit = await cache.match(req, { ignoreSearch: true })
      || (req.mode === 'navigate' ? await cache.match('index.html') : undefined);
    if (hit) return hit;
    const res = await fetch(req);
    if (res.ok && res.type === 'basic') cache.put(req, res.clone());
    return res;
  })());
});
