import { z } from 'zod';
import { LocalizedTextSchema, SlugSchema } from './text.js';

/** A city (prefecture-level) that publishes figures. */
export const CitySchema = z
  .strictObject({
    slug: SlugSchema.meta({
      description: 'Stable kebab-case id, e.g. "hefei"; the npm package is @shuangjian/<slug>.',
    }),
    name: LocalizedTextSchema.meta({ description: 'Name, e.g. { zh: "合肥市", en: "Hefei" }.' }),
    province: LocalizedTextSchema.meta({
      description: 'Province, e.g. { zh: "安徽省", en: "Anhui" }.',
    }),
    admin_code: z
      .string()
      .regex(/^\d{6}$/, { message: 'must be a six-digit GB/T 2260 code' })
      .meta({ description: 'GB/T 2260 administrative division code, e.g. "340100" for Hefei.' }),
  })
  .meta({ id: 'City', description: 'A city that reports figures.' });

export type City = z.output<typeof CitySchema>;
