import { z } from 'zod';
import { validateNik } from 'layak';

// A NIK field for a zod schema: layak's errors become zod issues, in Indonesian.
export const Nik = z.string().superRefine((value, ctx) => {
  for (const issue of validateNik(value).issues) {
    if (issue.severity === 'error') {
      ctx.addIssue({ code: 'custom', message: issue.message, params: { layak: issue.code } });
    }
  }
});

export const Pendaftar = z.object({ nama: z.string().min(1), nik: Nik });
