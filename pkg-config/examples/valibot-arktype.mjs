import * as v from 'valibot';
import { type } from 'arktype';
import { ready, nikSchema, toValibot } from 'layak/form';

await ready(); // once: both then validate synchronously

// valibot takes only its own schemas inside v.object: toValibot makes one.
export const PendaftarV = v.object({ nama: v.string(), nik: toValibot(v, nikSchema()) });
// ArkType takes a Standard Schema as it is.
export const PendaftarA = type({ nama: 'string', nik: nikSchema() });
