// Writes the labels made by `layak catalogue --labels` (the core's messages) into
// www/index.html: the Indonesian words into the text of every element that carries data-t,
// so the words shown before the app has started are the core's words, not a second copy kept
// by hand; and every label of both languages into the data block <script id="labels"
// type="application/json"> at the end of the page, which app.js reads. In the page rather than
// a file of its own: on a slow line its bytes then arrive while the browser waits for the
// first answer to the files the head asks for, instead of sharing the line with the forms'
// WebAssembly (docs/web-app.md, "First visit"). A data block is never run, so the page's
// Content-Security-Policy (script-src 'self') is unchanged.
// With a third file, the regency and kecamatan names that the web app's build of the forms
// module leaves out (feature page-names, build.rs writes them) go into a second data block,
// <script id="region-names" type="text/plain">, for the same reason: app.js hands them to
// the module, which checks they are the very names it was built with.
// Run by scripts/build-web.sh; changes the file only when a label or a name changed.
//   node scripts/fill-labels.mjs www/index.html target/labels.json [page_names.txt]
import { readFileSync, writeFileSync } from 'node:fs';

const [html = 'www/index.html', json = 'target/labels.json', namesFile] = process.argv.slice(2);
const all = JSON.parse(readFileSync(json, 'utf8'));
const labels = all.id;
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const before = readFileSync(html, 'utf8');
const unknown = [];
let count = 0;
const after = before.replace(/(<[a-z0-9]+\b[^>]*\sdata-t="([^"]+)"[^>]*>)([^<]*)(?=<)/gi, (all, open, key) => {
  if (!(key in labels)) { unknown.push(key); return all; }
  count++;
  return open + escape(labels[key]);
});
// The data block: JSON with every "<" written as \u003c, so no label can end the block.
const block = `<script id="labels" type="application/json">${JSON.stringify(all).replace(/</g, '\\u003c')}</script>`;
const BLOCK = /<script id="labels" type="application\/json">[^<]*<\/script>/;
let withBlock = BLOCK.test(after) ? after.replace(BLOCK, () => block) : after.replace('</body>', () => `${block}\n</body>`);
if (namesFile) {
  const names = readFileSync(namesFile, 'utf8');
  // Text in a data block ends only at "</script"; region names never hold a "<".
  if (names.includes('<')) { console.error('fill-labels: a region name holds "<"'); process.exit(1); }
  const namesBlock = `<script id="region-names" type="text/plain">${names}</script>`;
  const NAMES = /<script id="region-names" type="text\/plain">[^<]*<\/script>/;
  withBlock = NAMES.test(withBlock) ? withBlock.replace(NAMES, () => namesBlock) : withBlock.replace('</body>', () => `${namesBlock}\n</body>`);
}
if (unknown.length) {
  console.error(`fill-labels: no label for ${unknown.join(', ')}`);
  process.exit(1);
}
if (withBlock !== before) writeFileSync(html, withBlock);
console.log(`fill-labels: ${count} labels in ${html}${withBlock !== before ? ' (updated)' : ''}`);
