// Writes the Indonesian labels from www/labels.json (made by `layak catalogue --labels`, the
// core's messages) into the text of every element of www/index.html that carries data-t, so
// the words shown before the app has started are the core's words, not a second copy kept by
// hand. Run by scripts/build-web.sh; changes the file only when a label changed.
//   node scripts/fill-labels.mjs www/index.html www/labels.json
import { readFileSync, writeFileSync } from 'node:fs';

const [html = 'www/index.html', json = 'www/labels.json'] = process.argv.slice(2);
const labels = JSON.parse(readFileSync(json, 'utf8')).id;
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const before = readFileSync(html, 'utf8');
const unknown = [];
let count = 0;
const after = before.replace(/(<[a-z0-9]+\b[^>]*\sdata-t="([^"]+)"[^>]*>)([^<]*)(?=<)/gi, (all, open, key) => {
  if (!(key in labels)) { unknown.push(key); return all; }
  count++;
  return open + escape(labels[key]);
});
if (unknown.length) {
  console.error(`fill-labels: no label for ${unknown.join(', ')}`);
  process.exit(1);
}
if (after !== before) writeFileSync(html, after);
console.log(`fill-labels: ${count} labels in ${html}${after !== before ? ' (updated)' : ''}`);
