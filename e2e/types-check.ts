// Compiled with `tsc --noEmit` by the package tests: the published types must describe
// the real shapes, so this file uses every export as a form would.
import init, {
  validateNik, validateKk, regions, bojonegoroKecamatan, bojonegoroDesa, catalogue, regionInfo, version,
  type NikResult, type KkResult, type Issue, type RegionChild, type Catalogue, type LayakError,
} from '../pkg/layak.js';
import { nikSchema, kkSchema, applicantSchema, toZod, ready, bindNikField, validityMessage, type LayakSchema } from '../pkg/form.js';
import { LayakNik } from '../pkg/elements.js';
import { z } from 'zod';

export async function demo(input: HTMLInputElement): Promise<string> {
  await init();
  const r: NikResult = validateNik('3522061205800001', { as_of: '2025-06-01', lang: 'en', partial: false });
  const district: string | undefined = r.district?.name;
  const errors: Issue[] = r.issues.filter((i) => i.severity === 'error');
  const sex: 'M' | 'F' | null = r.sex;
  const k: KkResult = validateKk('3522060101100003');
  const date: string | null = k.recorded_date;
  const kec: RegionChild[] = bojonegoroKecamatan();
  const desa: RegionChild[] = bojonegoroDesa(kec[0].code);
  const listing = regions('35.22');
  const n: number = listing ? listing.children.length : 0;
  const cat: Catalogue = catalogue('id');
  const label: string | undefined = cat.documents['akta_kematian'];
  await ready();
  const s: LayakSchema = nikSchema({ lang: 'id' });
  const out = await s['~standard'].validate('3522061205800001');
  const ok: string | undefined = out.issues ? undefined : out.value;
  const a = await applicantSchema({ lang: 'en', block: ['fail'] })['~standard'].validate({ nik: '3522061205800001' });
  const path = a.issues?.[0]?.path?.[0];
  const field = document.querySelector('layak-nik');
  const digits: string | null = field instanceof LayakNik ? field.normalised : null;
  z.object({ nik: toZod(z, nikSchema()) });
  kkSchema();
  const unbind: () => void = bindNikField(input, () => ({ lang: 'id' }), (res) => res?.district?.name);
  unbind();
  try { validateNik('x', { as_of: 'bad' }); } catch (e) { const code: string = (e as LayakError).code; void code; }
  return [district, errors.length, String(path), digits, sex, date, desa.length, n, label, ok, validityMessage('nik', '1'),
    regionInfo().counts.districts, version()].join(' ');
}
