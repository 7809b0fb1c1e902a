import { ready } from 'layak/form';
import { validateNik } from 'layak';

await ready(); // in Node it reads layak_bg.wasm from the package folder

const r = validateNik('3522061205800001', { as_of: '2025-06-01', lang: 'en' });
// r.valid === true, r.district.name === 'Dander'
export { r };
