import { z } from 'zod';
import { CityAnnotationsSchema, DatasetSchema } from './dataset.js';
import { FigureSchema } from './figure.js';
import { IndicatorCatalogueSchema } from './indicator.js';

/** The published JSON Schemas, by file name under schema/. */
export const JSON_SCHEMA_ROOTS = {
  'dataset.schema.json': DatasetSchema,
  'figure.schema.json': FigureSchema,
  'figures.schema.json': z
    .array(FigureSchema)
    .meta({ description: 'data/figures.json: every figure of a city.' }),
  'city-annotations.schema.json': CityAnnotationsSchema,
  'indicators.schema.json': IndicatorCatalogueSchema,
} as const;

/** Draft 2020-12 JSON Schema of one root, deterministic and with every field described. */
export function toJsonSchema(name: keyof typeof JSON_SCHEMA_ROOTS): Record<string, unknown> {
  return z.toJSONSchema(JSON_SCHEMA_ROOTS[name], {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
}
