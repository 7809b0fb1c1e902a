import init, { validateNik } from 'layak';

await init(); // fetches layak_bg.wasm next to layak.js; calling it again does nothing

const r = validateNik('3522 0612 0580 0001', { as_of: '2025-06-01' });
// r.valid === true, r.nik === '3522061205800001', r.district.name === 'Dander',
// r.sex === 'M', r.birth_date === '1980-05-12'
// r.issues: [{ code, severity: 'error' | 'warning' | 'info', field, message }]
export { r };
