import { z } from 'zod';
import { ready, nikSchema, kkSchema, toZod } from 'layak/form';

await ready(); // once: zod then validates synchronously

export const Pendaftar = z.object({
  nama: z.string().min(1),
  nik: toZod(z, nikSchema({ lang: 'id' })),        // the value becomes the 16 digits
  no_kk: toZod(z, kkSchema({ lang: 'id' })).optional(),
});
// Pendaftar.safeParse({ nama: 'Sutrisno', nik: '3.52206E+15' }).error.issues[0]:
//   { path: ['nik'], message: 'NIK ini sudah diubah spreadsheet menjadi angka desimal ...',
//     params: { layak: 'nik.scientific_notation' } }
