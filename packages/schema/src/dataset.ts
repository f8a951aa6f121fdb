import { z } from 'zod';
import { CitySchema } from './city.js';
import { ExclusionSchema, PublishedExclusionSchema } from './exclusion.js';
import { FigureAnnotationSchema, FigureSchema } from './figure.js';
import { SourceWithTextSchema } from './source.js';

/** A city's annotation file, data/cities/<city>.yaml, as edited by hand. */
export const CityAnnotationsSchema = z
  .strictObject({
    city: CitySchema,
    exclusions: z
      .array(ExclusionSchema)
      .meta({ description: 'Numerals in the sources that are not statistics.' }),
    figures: z
      .array(FigureAnnotationSchema)
      .meta({ description: 'Every statistic in the sources.' }),
  })
  .meta({ id: 'CityAnnotations', description: 'The hand-edited annotation file of one city.' });

/** Everything a city package publishes, as in its data/dataset.json. */
export const DatasetSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^@shuangjian\/[a-z0-9-]+$/)
      .meta({ description: 'npm package name, e.g. "@shuangjian/hefei".' }),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/)
      .meta({ description: 'Dataset version (semver), the package version.' }),
    city: CitySchema,
    sources: z
      .array(SourceWithTextSchema)
      .min(1)
      .meta({ description: 'The source documents, with their verbatim text.' }),
    figures: z
      .array(FigureSchema)
      .meta({ description: 'Every published figure, in source order.' }),
    exclusions: z
      .array(PublishedExclusionSchema)
      .meta({ description: 'Numerals deliberately not published as figures, with reasons.' }),
  })
  .meta({ id: 'Dataset', description: 'A city dataset: city, sources, figures and exclusions.' });

export type CityAnnotations = z.output<typeof CityAnnotationsSchema>;
export type Dataset = z.output<typeof DatasetSchema>;
