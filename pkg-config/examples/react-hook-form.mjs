import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import { applicantSchema } from 'layak/form';

// The whole registration form, judged by layak: each message under its own field
// (errors.nik, errors.birth_date, errors.in_poverty_data ...), in the chosen language.
export const resolver = standardSchemaResolver(applicantSchema({ lang: 'id' }));

// In a component:
//   const { register, handleSubmit, formState: { errors } } = useForm({ resolver });
//   <input {...register('nik')} />  {errors.nik?.message}
