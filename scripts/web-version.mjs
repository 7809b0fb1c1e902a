// Writes www/pkg/version.js: the name of this build of the web app (a hash of every file)
// and the SHA-256 of each file. The service worker (www/sw.js) imports it: it caches this
// build under its own name, and takes a file from the browser's HTTP cache only when its
// hash is the one listed here (anything else is fetched again, bypassing that cache), so a
// device never stores a mix of two builds.
//   node scripts/web-version.mjs www
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.argv[2] ?? 'www';
const files = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)).split('\\').join('/'))
  .filter((f) => f !== 'pkg/version.js' && !f.startsWith('.'))
  .sort();
const sha = (data) => createHash('sha256').update(data).digest('base64');
const hashes = Object.fromEntries(files.map((f) => [f, sha(readFileSync(join(root, f)))]));
if (hashes['index.html']) hashes['./'] = hashes['index.html'];
const version = `layak-${createHash('sha256').update(JSON.stringify(hashes)).digest('hex').slice(0, 12)}`;
writeFileSync(join(root, 'pkg/version.js'),
  `self.LAYAK_VERSION = '${version}';\nself.LAYAK_FILES = ${JSON.stringify(hashes, null, 1)};\n`);
console.log(`web-version: ${version}, ${files.length} files`);
