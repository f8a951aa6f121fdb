import type { CaveatCode } from '@shuangjian/indicators';
import {
  CitySchema,
  PublishedExclusionSchema,
  FigureSchema,
  IndicatorSchema,
  LocalizedTextSchema,
  PeriodSchema,
  QualifierSchema,
  SourceSchema,
  UnitSchema,
} from '@shuangjian/schema';
// astro/zod is the same zod 4 the schema package uses, so its schemas compose with ours.
import { z } from 'astro/zod';
import type { ApiSchemaName } from './paths';

const Url = z.url({ protocol: /^https?$/ }).meta({ description: 'An absolute URL.' });
const LocalizedUrl = z
  .strictObject({ zh: Url, en: Url })
  .meta({ description: 'The page in Chinese (zh) and in English (en).' });
const SchemaRef = Url.meta({ description: 'URL of the JSON Schema this file follows.' });
const PackageName = z
  .string()
  .regex(/^@shuangjian\/[a-z0-9-]+$/)
  .meta({ description: 'npm package name, e.g. "@shuangjian/hefei".' });
const Version = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/)
  .meta({ description: 'Package version (semver); the dataset version for a city package.' });

/** A CSL-JSON item as lib/citation.ts makes it. */
const CslItemSchema = z.strictObject({
  id: z.string().meta({ description: 'Citation key, e.g. "shuangjian-hefei-0.1.0".' }),
  type: z.literal('dataset'),
  title: z.string(),
  author: z
    .array(z.strictObject({ literal: z.string() }))
    .meta({ description: 'The original publisher, as a literal (institutional) name.' }),
  issued: z
    .strictObject({ 'date-parts': z.array(z.array(z.int()).min(1).max(3)).length(1) })
    .meta({ description: 'Publication date of the source.' }),
  URL: Url,
  version: Version,
  publisher: z.string(),
  note: z.string(),
  language: z.string(),
});

export const CitationSchema = z
  .strictObject({
    text: LocalizedTextSchema.meta({
      description: 'Text citation, original publisher first, in zh and en.',
    }),
    bibtex: z
      .strictObject({ zh: z.string(), en: z.string() })
      .meta({ description: 'BibTeX @misc entry, in zh and en.' }),
    csl_json: z
      .strictObject({ zh: CslItemSchema, en: CslItemSchema })
      .meta({ description: 'CSL-JSON item, in zh and en.' }),
  })
  .meta({ description: 'How to cite this: the original publisher first, this project second.' });

const Downloads = z
  .strictObject({
    figures_csv: Url,
    figures_json: Url,
    dataset_json: Url,
    datapackage_json: Url,
  })
  .meta({ description: 'The package data files, byte for byte as published on npm.' });

export const ApiIndexSchema = z
  .strictObject({
    $schema: SchemaRef,
    api_version: z.literal('v1'),
    site: Url.meta({ description: 'The public address of the site.' }),
    cities: z.array(
      z.strictObject({
        slug: CitySchema.shape.slug,
        name: LocalizedTextSchema,
        package: PackageName,
        version: Version,
        figure_count: z.int().min(0),
        links: z.strictObject({
          api: Url.meta({ description: 'The city dataset in this API.' }),
          page: LocalizedUrl,
          downloads: Downloads,
        }),
      }),
    ),
    indicators: z.array(
      z.strictObject({
        id: IndicatorSchema.shape.id,
        name: LocalizedTextSchema,
        unit: UnitSchema,
        links: z.strictObject({ api: Url, page: LocalizedUrl }),
      }),
    ),
    packages: z
      .array(z.strictObject({ name: PackageName, version: Version }))
      .meta({ description: 'Every published package and its current version.' }),
    schemas: z
      .strictObject({ index: Url, city: Url, figure: Url, indicator: Url })
      .meta({ description: 'The JSON Schema of each kind of API file.' }),
    feed: Url.meta({ description: 'Atom feed of data releases.' }),
    license: z.strictObject({
      data: z.literal('CC-BY-4.0'),
      code: z.literal('MIT'),
      note: LocalizedTextSchema,
    }),
  })
  .meta({ description: 'Shuangjian Data static API v1: the entry point.' });

export const ApiCitySchema = z
  .strictObject({
    $schema: SchemaRef,
    package: PackageName,
    version: Version,
    city: CitySchema,
    sources: z
      .array(
        SourceSchema.extend({
          text_url: Url.meta({ description: 'The verbatim source text (UTF-8), byte for byte.' }),
        }),
      )
      .meta({
        description:
          'Source metadata without the text; the text is at text_url and in dataset_json.',
      }),
    figures: z.array(FigureSchema),
    exclusions: z.array(PublishedExclusionSchema),
    citation: CitationSchema,
    links: z.strictObject({
      self: Url,
      page: LocalizedUrl,
      source_page: LocalizedUrl,
      downloads: Downloads,
      figures: z
        .record(z.string(), Url)
        .meta({ description: 'Each figure id to its file in this API.' }),
    }),
  })
  .meta({ description: 'One city dataset: city, source metadata, figures and exclusions.' });

export const ApiFigureSchema = z
  .strictObject({
    $schema: SchemaRef,
    package: PackageName,
    version: Version,
    city: CitySchema,
    figure: FigureSchema,
    citation: CitationSchema,
    links: z.strictObject({
      self: Url,
      page: LocalizedUrl,
      source: LocalizedUrl.meta({ description: 'The quote highlighted in the source reader.' }),
      city: Url.meta({ description: 'The city dataset in this API.' }),
      indicator: Url.nullable().meta({ description: 'The indicator in this API, or null.' }),
    }),
  })
  .meta({ description: 'One figure, with its city, dataset version and citation.' });

const CAVEAT_CODES: Record<CaveatCode, true> = {
  not_reported: true,
  lower_bound: true,
  approximate: true,
  nearly: true,
  unit_differs: true,
  periods_differ: true,
  period_unspecified: true,
  definition_differs: true,
};

const SeriesPointSchema = z
  .strictObject({
    figure: FigureSchema.shape.global_id,
    value: z.number().meta({ description: 'Value in base units.' }),
    qualifier: QualifierSchema,
    unit: UnitSchema,
    period: PeriodSchema,
    source: z.strictObject({
      id: z.string().meta({ description: 'The report (source id).' }),
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .meta({ description: "The report's republication date, YYYY-MM-DD." }),
    }),
  })
  .meta({ description: "One report's figure of the indicator for the city." });

const ComparisonRowSchema = z
  .strictObject({
    city: CitySchema,
    reported: z.boolean(),
    figure: FigureSchema.shape.global_id
      .nullable()
      .meta({ description: 'Global id of the figure, or null when not reported.' }),
    value: z
      .number()
      .nullable()
      .meta({ description: 'Value in base units; null when the city does not report it.' }),
    qualifier: QualifierSchema.nullable(),
    unit: UnitSchema.nullable(),
    period: PeriodSchema.nullable(),
    caveats: z.array(
      z.strictObject({
        code: z.enum(Object.keys(CAVEAT_CODES) as [CaveatCode, ...CaveatCode[]]),
        message: LocalizedTextSchema,
      }),
    ),
    series: z.array(SeriesPointSchema).meta({
      description:
        "Every figure of the city for the indicator, one per report, oldest first (the row's own last); empty when not reported.",
    }),
    links: z.strictObject({ figure: Url.nullable(), figure_page: LocalizedUrl.nullable() }),
  })
  .meta({
    description:
      'One city in the comparison, by its latest report that states the indicator; "not reported" is null, never 0.',
  });

export const ApiIndicatorSchema = z
  .strictObject({
    $schema: SchemaRef,
    indicator: IndicatorSchema,
    comparison: z.array(ComparisonRowSchema),
    links: z.strictObject({ self: Url, page: LocalizedUrl }),
  })
  .meta({ description: 'One indicator with every city compared.' });

export const API_SCHEMAS = {
  index: ApiIndexSchema,
  city: ApiCitySchema,
  figure: ApiFigureSchema,
  indicator: ApiIndicatorSchema,
} as const satisfies Record<ApiSchemaName, z.ZodType>;

export type ApiIndex = z.output<typeof ApiIndexSchema>;
export type ApiCity = z.output<typeof ApiCitySchema>;
export type ApiFigure = z.output<typeof ApiFigureSchema>;
export type ApiIndicator = z.output<typeof ApiIndicatorSchema>;
export type Citation = z.output<typeof CitationSchema>;

/** The JSON Schema (draft 2020-12) of one kind of API file, with its public URL as $id. */
export function apiJsonSchema(name: ApiSchemaName, id: string): Record<string, unknown> {
  const schema = z.toJSONSchema(API_SCHEMAS[name], {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  return { ...schema, $id: id };
}
