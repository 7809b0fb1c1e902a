// Checks of a page as an operator meets it, shared by the headless-Chromium runners: no
// sideways scroll, every control at least 44 px (a checkbox or radio through its label), no
// control off screen, every tab's words whole; and axe-core's WCAG 2.x A/AA rules.
// (The same checks as e2e/pages.mjs, which keeps its own copy for now.)
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/** What a phone or kiosk must never show: sideways scroll, small targets, a cut tab. */
export async function layoutProblems(page) {
  return page.evaluate(() => {
    const out = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) out.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    const visible = (e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[hidden], details:not([open]) > :not(summary)');
    };
    for (const c of document.querySelectorAll('button, a[href], input, select, textarea, summary')) {
      if (!visible(c)) continue;
      const target = (c.type === 'checkbox' || c.type === 'radio') ? (c.closest('label') ?? c) : c;
      const r = target.getBoundingClientRect();
      if (r.height < 44 - 0.5 || r.width < 44 - 0.5) out.push(`small target ${Math.round(r.width)}×${Math.round(r.height)}: ${c.outerHTML.slice(0, 90)}`);
      if (r.right > doc.clientWidth + 1 || r.left < -1) out.push(`off screen: ${c.outerHTML.slice(0, 90)}`);
    }
    for (const a of document.querySelectorAll('nav.tabs a')) {
      if (a.scrollWidth > a.clientWidth + 1 || a.scrollHeight > a.clientHeight + 1) out.push(`tab cut: ${a.textContent}`);
    }
    return out;
  });
}

/** axe-core's violations of WCAG 2.0/2.1/2.2 A and AA (the context must bypass the CSP). */
export async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const r = await page.evaluate(() => globalThis.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Every input and select without a label. */
export async function unlabelled(page, root = 'body') {
  return page.$$eval(`${root} input, ${root} select`, (l) => l.filter((e) => e.type !== 'hidden' && !e.labels?.length
    && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby')).map((e) => e.id || e.name));
}
