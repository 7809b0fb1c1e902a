// Starts the service worker as soon as the page starts, with no import of its own, so it is
// asked for in the first round of requests: on a slow line its own two small files and the
// start of saving the app for use without signal then overlap the forms' WebAssembly.
// update.js (loaded once the form works) watches for updates on the same registration.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js', { updateViaCache: 'none' }).catch(() => {});
}
