import init, { validateNik } from './pkg/layak.js';

const today = () => new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);

function show(r) {
  const out = document.getElementById('nik-result');
  out.replaceChildren();
  const places = [r.province, r.regency, r.district].filter(Boolean).map((p) => p.name);
  if (places.length) {
    const p = document.createElement('p');
    p.className = 'region';
    p.textContent = places.join(' › ');
    out.append(p);
  }
  for (const i of r.issues) {
    const p = document.createElement('p');
    p.className = `issue ${i.severity}`;
    p.dataset.code = i.code;
    p.textContent = i.message;
    out.append(p);
  }
}

await init();
const input = document.getElementById('nik');
input.addEventListener('input', () => show(validateNik(input.value, { partial: true, as_of: today() })));
document.body.dataset.ready = '1';
