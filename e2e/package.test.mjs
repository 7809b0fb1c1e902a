// Tests of the npm package in pkg/ as a consumer sees it, in Node: its exports, the form
// helpers, the README's zod example, and its TypeScript declarations (tsc --noEmit --strict).
// Prints "N passed, M failed" last.
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = new URL('../pkg/', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root)));
const layak = await import(new URL('layak.js', root));
layak.initSync({ module: readFileSync(new URL('layak_bg.wasm', root)) });
const form = await import(new URL('form.js', root));

let passed = 0, failed = 0;
async function test(name, fn) {
  try { await fn(); passed++; console.log(`ok   ${name}`); }
  catch (e) { failed++; console.log(`FAIL ${name}\n     ${e.stack || e}`); }
}
function expect(cond, msg) { if (!cond) throw new Error(msg); }

await test('package.json names layak and every exported file exists', () => {
  expect(pkg.name === 'layak', pkg.name);
  for (const f of pkg.files) expect(existsSync(new URL(f, root)), `missing ${f}`);
  for (const [k, v] of Object.entries(pkg.exports)) {
    const target = typeof v === 'string' ? v : v.default;
    expect(existsSync(new URL(target, root)), `export ${k} → ${target}`);
  }
});

await test('validateNik in Node gives the contract shape', () => {
  const r = layak.validateNik('3522 0612 0580 0001', { as_of: '2025-06-01' });
  expect(r.valid === true && r.nik === '3522061205800001', JSON.stringify(r));
  expect(r.district.code === '35.22.06' && r.district.name === 'Dander', JSON.stringify(r.district));
  expect(r.sex === 'M' && r.birth_date === '1980-05-12' && r.serial === '0001', JSON.stringify(r));
  expect(Array.isArray(r.issues) && r.issues.length === 0, JSON.stringify(r.issues));
});

await test('a NIK passed as a number throws input.type', () => {
  let code = null;
  try { layak.validateNik(3522061205800001); } catch (e) { code = e.code; }
  expect(code === 'input.type', `code ${code}`);
});

await test('Standard Schema v1: value on success, issues with codes on failure', () => {
  const s = form.nikSchema({ as_of: '2025-06-01' })['~standard'];
  expect(s.version === 1 && s.vendor === 'layak', 'schema header');
  const good = s.validate('3522-0612-0580-0001');
  expect(good.value === '3522061205800001' && !good.issues, JSON.stringify(good));
  const bad = s.validate('3522061205800000');
  expect(bad.issues?.[0]?.code === 'nik.serial_zero', JSON.stringify(bad));
  expect(bad.issues[0].message.includes('0000'), bad.issues[0].message);
  const notText = s.validate(3522061205800001);
  expect(notText.issues?.[0]?.code === 'input.type', JSON.stringify(notText));
  const kk = form.kkSchema({ as_of: '2025-06-01' })['~standard'].validate('3522060101100003');
  expect(kk.value === '3522060101100003', JSON.stringify(kk));
});

await test('validityMessage gives the first error or nothing', () => {
  expect(form.validityMessage('nik', '3522061205800001', { as_of: '2025-06-01' }) === '', 'valid');
  expect(form.validityMessage('nik', '35220612058', { lang: 'en' }).includes('16 digits'), 'length');
});

await test("the README's zod example works as printed", async () => {
  const example = readFileSync(new URL('examples/zod.mjs', root), 'utf8');
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  expect(readme.includes(example.trim()), 'README shows the tested example');
  // Resolve the example's bare imports to this package and the test's zod, as npm would.
  const src = example.replace("from 'layak'", `from '${new URL('layak.js', root).href}'`)
    .replace("from 'zod'", `from '${import.meta.resolve('zod')}'`);
  const { Pendaftar } = await import('data:text/javascript,' + encodeURIComponent(src));
  const ok = Pendaftar.safeParse({ nama: 'Sutrisno', nik: '3522061205800001' });
  expect(ok.success, JSON.stringify(ok.error?.issues));
  const bad = Pendaftar.safeParse({ nama: 'Sutrisno', nik: '3.52206E+15' });
  expect(!bad.success && bad.error.issues[0].params.layak === 'nik.scientific_notation', JSON.stringify(bad.error?.issues));
});

await test('the TypeScript declarations compile against real use (tsc --strict)', () => {
  const tsc = fileURLToPath(new URL('node_modules/typescript/bin/tsc', import.meta.url));
  execFileSync(process.execPath, [tsc, '-p', fileURLToPath(new URL('tsconfig.json', import.meta.url))], { stdio: 'pipe' });
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
