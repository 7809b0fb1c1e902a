// Updates that reach every device, and say so. The service worker (sw.js) installs a new
// version next to the old one and waits; this module looks for one when the page loads,
// when the operator comes back to it (a kiosk left on for days, a phone taken out of a
// pocket), when moving between pages, and on a timer. When one is ready it shows
// "Versi baru tersedia — muat ulang"; the page reloads only when the operator presses it and
// nothing is being worked on (a screening running waits; entered data needs a second press).
import { $, t } from './ui.js';

/** How often a page left open looks for a new version. */
export const CHECK_EVERY_MS = 30 * 60 * 1000;
/** Not more than one look per this long when moving between pages. */
const MIN_GAP_MS = 60 * 1000;

/**
 * Starts the service worker and the update checks. `busy()` says whether work is in progress
 * that a reload would end (a screening running); `dirty()` whether values are entered.
 * `onOfflineReady()` is called once every file is on the device.
 */
export async function watchUpdates({ busy, dirty, onOfflineReady, onInstallFailed, setStatus }) {
  if (!('serviceWorker' in navigator)) return null;
  const sw = navigator.serviceWorker;
  const bar = $('#update-bar');
  const button = $('#update-reload');
  const note = $('#update-note');
  let confirmed = false;
  let applying = false;

  // `updateViaCache: 'none'`: the browser asks the server for sw.js and pkg/version.js
  // itself, never its HTTP cache, so even files cached for a day cannot hide a new build.
  const reg = await sw.register('sw.js', { updateViaCache: 'none' });
  sw.ready.then(() => onOfflineReady?.());
  // An install that fails (a file of another build on the server, the line gone) must not
  // leave "saving for use without signal" on screen: the browser tries again later.
  const failed = (w) => w?.addEventListener('statechange', () => { if (w.state === 'redundant' && !reg.active) onInstallFailed?.(); });
  failed(reg.installing);
  reg.addEventListener('updatefound', () => failed(reg.installing));

  const show = () => {
    bar.hidden = false;
    document.body.dataset.update = 'ready';
  };
  // Which version this tab runs and which the worker in charge has: asked of the worker,
  // which knows what it served this tab.
  const versions = () => new Promise((resolve) => {
    const c = sw.controller;
    if (!c) { resolve(null); return; }
    let settled = false;
    const done = (v) => { if (!settled) { settled = true; resolve(v); } };
    sw.addEventListener('message', function on(ev) {
      if (ev.data?.type === 'version') { sw.removeEventListener('message', on); done(ev.data); }
    });
    c.postMessage({ type: 'version' });
    setTimeout(() => done(null), 2000);
  });
  // A new version is ready when a worker waits, or when another tab already let one take
  // over (this tab still runs, on its own files, the version it was loaded with).
  const look = async () => {
    if (reg.waiting && sw.controller) { show(); return; }
    const v = await versions();
    if (v) document.body.dataset.version = v.mine;
    if (v && v.version !== v.mine) show();
  };
  reg.addEventListener('updatefound', () => {
    const w = reg.installing;
    w?.addEventListener('statechange', () => { if (w.state === 'installed' && sw.controller) show(); });
  });
  sw.ready.then(look);
  sw.addEventListener('controllerchange', () => {
    if (applying) location.reload();
    else look();
  });

  let last = 0;
  const check = (force = false) => {
    const now = Date.now();
    if (!force && now - last < MIN_GAP_MS) return;
    last = now;
    reg.update().catch(() => { /* offline: next time */ });
  };
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') check(true); });
  window.addEventListener('hashchange', () => check());
  window.addEventListener('online', () => check(true));
  setInterval(() => check(true), CHECK_EVERY_MS);
  look();

  button.addEventListener('click', () => {
    if (busy()) { note.textContent = t('update.busy'); return; }
    if (dirty() && !confirmed) { confirmed = true; note.textContent = t('update.confirm'); return; }
    applying = true;
    setStatus?.('app.loading');
    if (reg.waiting) reg.waiting.postMessage({ type: 'activate-now' });
    else location.reload();
  });
  return { check: () => check(true), relabel: () => { note.textContent = ''; confirmed = false; } };
}
