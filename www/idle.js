// Shared kiosks forget. After some minutes without a touch, a key or a click, while anything
// is entered or shown, the page counts down in plain sight and then clears every value and
// result as "Hapus data" does, so the next person in the queue never sees the last
// applicant's NIK. Any touch during the countdown cancels it.
//
// The minutes are a setting of the kiosk's start address: `index.html?idle=10` (minutes;
// `idle=0` turns it off; default 5). A URL keeps the setting where the kiosk is set up,
// with nothing stored on the device.
import { $ } from './ui.js';

export const DEFAULT_MINUTES = 5;
/** How long the countdown shows before the page clears. */
export const WARN_SECONDS = 30;

/** The idle minutes from the page address, or the default. */
export function idleMinutes(search = location.search) {
  const v = new URLSearchParams(search).get('idle');
  const n = v === null ? DEFAULT_MINUTES : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_MINUTES;
}

/**
 * Watches for inactivity. `hasData()` says whether anything would be cleared, `busy()`
 * whether work runs that must not be cut (a screening), `clear()` clears.
 */
export function watchIdle({ minutes = idleMinutes(), hasData, busy, clear }) {
  if (!(minutes > 0)) return null;
  const bar = $('#idle-bar');
  const seconds = $('#idle-seconds');
  const quietMs = Math.max(0, minutes * 60 - WARN_SECONDS) * 1000;
  let timer = null;
  let tick = null;
  let left = 0;

  const stopCountdown = () => {
    clearInterval(tick);
    tick = null;
    bar.hidden = true;
    delete document.body.dataset.idle;
  };
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(warn, quietMs);
  };
  function warn() {
    if (busy() || !hasData()) { arm(); return; }
    left = Math.min(WARN_SECONDS, minutes * 60);
    seconds.textContent = String(left);
    bar.hidden = false;
    document.body.dataset.idle = 'countdown';
    tick = setInterval(() => {
      left -= 1;
      seconds.textContent = String(Math.max(0, left));
      if (left > 0) return;
      stopCountdown();
      if (!busy()) clear();
      arm();
    }, 1000);
  }
  const activity = () => {
    if (tick) stopCountdown();
    arm();
  };
  // Only what a person does: a page scrolling by itself (a result appearing) is not a touch.
  for (const type of ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart']) {
    window.addEventListener(type, activity, { capture: true, passive: true });
  }
  arm();
  return { minutes, activity };
}
