import {
  PERIOD_KIND_DESCRIPTION,
  PeriodKindSchema,
  QUALIFIER_DESCRIPTION,
  QualifierSchema,
  UNITS,
  type City,
  type Figure,
  type Source,
} from '@shuangjian/schema';
import type { TableField } from './datapackage.ts';

/** One column of figures.csv, with its Table Schema type and description. */
export interface Column extends TableField {
  get(figure: Figure, source: Source, city: City): string | number | null;
}

const joinNotes = (f: Figure, lang: 'zh' | 'en') =>
  f.notes.length ? f.notes.map((n) => n[lang]).join('\n') : null;
const heading = (f: Figure, s: Source, lang: 'zh' | 'en') =>
  s.sections.find((x) => x.number === f.section)?.heading[lang] ?? null;

/** The columns of figures.csv, in order. Renaming or removing one is a major release. */
export const COLUMNS: readonly Column[] = [
  {
    name: 'global_id',
    type: 'string',
    description: 'City slug and figure id, unique across the project, e.g. "hefei/grid-workers".',
    get: (f) => f.global_id,
  },
  { name: 'city', type: 'string', description: 'City slug, e.g. "hefei".', get: (f) => f.city },
  {
    name: 'city_name_zh',
    type: 'string',
    description: 'City name in Chinese, e.g. "合肥市".',
    get: (_f, _s, c) => c.name.zh,
  },
  {
    name: 'city_name_en',
    type: 'string',
    description: 'City name in English, e.g. "Hefei".',
    get: (_f, _s, c) => c.name.en,
  },
  {
    name: 'province_zh',
    type: 'string',
    description: 'Province of the city in Chinese, e.g. "安徽省".',
    get: (_f, _s, c) => c.province.zh,
  },
  {
    name: 'province_en',
    type: 'string',
    description: 'Province of the city in English, e.g. "Anhui".',
    get: (_f, _s, c) => c.province.en,
  },
  {
    name: 'admin_code',
    type: 'string',
    description:
      'GB/T 2260 administrative division code of the city, six digits as text, e.g. "340100".',
    get: (_f, _s, c) => c.admin_code,
  },
  {
    name: 'id',
    type: 'string',
    description: 'Figure id, unique within the city; stable across releases.',
    get: (f) => f.id,
  },
  {
    name: 'source',
    type: 'string',
    description: 'Id of the source document the figure is quoted from.',
    get: (f) => f.source,
  },
  {
    name: 'section',
    type: 'integer',
    description: 'Part of the report: 0 = lead paragraph, 1 = 一是, 2 = 二是, ...',
    get: (f) => f.section,
  },
  {
    name: 'section_heading_zh',
    type: 'string',
    description: 'Heading of that part, in Chinese.',
    get: (f, s) => heading(f, s, 'zh'),
  },
  {
    name: 'section_heading_en',
    type: 'string',
    description: 'Heading of that part, in English.',
    get: (f, s) => heading(f, s, 'en'),
  },
  {
    name: 'label_zh',
    type: 'string',
    description: 'The full description: what is counted, by whom and over what period, in Chinese.',
    get: (f) => f.label.zh,
  },
  {
    name: 'label_en',
    type: 'string',
    description: 'The full description: what is counted, by whom and over what period, in English.',
    get: (f) => f.label.en,
  },
  {
    name: 'title_zh',
    type: 'string',
    description:
      'A short headline naming what is counted, in Chinese (at most 16 characters, no number); unique within the city.',
    get: (f) => f.title.zh,
  },
  {
    name: 'title_en',
    type: 'string',
    description:
      'A short headline naming what is counted, in English (at most 60 characters, sentence case, no number); unique within the city.',
    get: (f) => f.title.en,
  },
  {
    name: 'value',
    type: 'number',
    description:
      'The value in base units given by `unit` (89.16万元 is 891600 CNY; percent in percent).',
    get: (f) => f.value,
  },
  {
    name: 'raw',
    type: 'string',
    description:
      'The number exactly as written in the source, without the measure word, e.g. "1700余".',
    get: (f) => f.raw,
  },
  {
    name: 'unit',
    type: 'string',
    description: `Unit of \`value\`, from a closed list: ${Object.entries(UNITS)
      .map(([id, u]) => `${id} (${u.zh})`)
      .join(', ')}. Money is in yuan; percent values are in percent.`,
    enum: Object.keys(UNITS),
    get: (f) => f.unit,
  },
  {
    name: 'unit_zh',
    type: 'string',
    description: 'The measure word as written after the number, e.g. "人次".',
    get: (f) => f.unit_zh,
  },
  {
    name: 'qualifier',
    type: 'string',
    description: QUALIFIER_DESCRIPTION,
    enum: QualifierSchema.options,
    get: (f) => f.qualifier,
  },
  {
    name: 'period_wording',
    type: 'string',
    description:
      'The period phrase verbatim from the source (e.g. "今年以来"); empty when there is none.',
    get: (f) => f.period.wording,
  },
  {
    name: 'period_kind',
    type: 'string',
    description: `Kind of period. ${PERIOD_KIND_DESCRIPTION}`,
    enum: PeriodKindSchema.options,
    get: (f) => f.period.kind,
  },
  {
    name: 'period_start',
    type: 'date',
    description: 'First day of the period, only where the text fixes it.',
    get: (f) => f.period.start,
  },
  {
    name: 'period_end',
    type: 'date',
    description: 'Last day of the period, only where the text fixes it.',
    get: (f) => f.period.end,
  },
  {
    name: 'quote',
    type: 'string',
    description: 'The verbatim words of the source that state the number.',
    get: (f) => f.quote.text,
  },
  {
    name: 'quote_en',
    type: 'string',
    description:
      'An English rendering of `quote`, with the number as the quote states it (digits grouped, never rounded; 余/近/约 as "more than"/"nearly"/"about"). A translation for reading: the Chinese quote is the record.',
    get: (f) => f.quote_en,
  },
  {
    name: 'quote_start',
    type: 'integer',
    description: 'Offset of the quote in the source text, in Unicode code points.',
    get: (f) => f.quote.start,
  },
  {
    name: 'quote_end',
    type: 'integer',
    description: 'Offset after the quote (end exclusive), in code points.',
    get: (f) => f.quote.end,
  },
  {
    name: 'indicator',
    type: 'string',
    description: 'Id of the cross-city indicator the figure measures; empty if none.',
    get: (f) => f.indicator,
  },
  {
    name: 'formula',
    type: 'string',
    description:
      'For a stated rate, the expression over figure ids of the same city that recomputes it, e.g. "(a - b) / a" (times 100 when the unit is percent; the build checks it); empty otherwise.',
    get: (f) => f.formula,
  },
  {
    name: 'notes_zh',
    type: 'string',
    description: 'Caveats in Chinese, one per line.',
    get: (f) => joinNotes(f, 'zh'),
  },
  {
    name: 'notes_en',
    type: 'string',
    description: 'Caveats in English, one per line.',
    get: (f) => joinNotes(f, 'en'),
  },
  {
    name: 'source_title_zh',
    type: 'string',
    description: 'Title of the source document, in Chinese as published.',
    get: (f, s) => s.title.zh,
  },
  {
    name: 'source_title_en',
    type: 'string',
    description: 'Title of the source document, in English translation.',
    get: (f, s) => s.title.en,
  },
  {
    name: 'source_url',
    type: 'string',
    description: 'Address of the published copy the source text was taken from.',
    get: (_f, s) => s.republication.url,
  },
  {
    name: 'source_publisher',
    type: 'string',
    description: 'Who published the copy of the source that the text was taken from.',
    get: (_f, s) => s.republication.publisher,
  },
  {
    name: 'source_date',
    type: 'date',
    description: 'Publication date of that copy of the source, YYYY-MM-DD.',
    get: (_f, s) => s.republication.date,
  },
];
