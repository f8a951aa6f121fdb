// A small city in memory for the rule tests: one source text, four figures that pass every rule,
// and a runner that puts figures and exclusions through the schema and then through given rules,
// as `pnpm validate` does (issues carry file, line, figure and source position).
import type {
  ExclusionAnnotation,
  FigureAnnotation,
  Indicator,
  Qualifier,
  Source,
  Unit,
} from '@shuangjian/schema';
import { stringify } from 'yaml';
import { parseYaml } from '../src/load/yaml-file.ts';
import { checkCityFile } from '../src/validate/check-schema.ts';
import { checkRules } from '../src/validate/check-rules.ts';
import type { ResolvedSource } from '../src/validate/check-sources.ts';
import { formatIssue, type ValidationIssue } from '../src/validate/issues.ts';
import type { Rule } from '../src/validate/rules/rule.ts';
import { SourceText } from '../src/validate/source-text.ts';

export const CITY = 'testville';
export const CITY_FILE = `data/cities/${CITY}.yaml`;
export const SOURCE_ID = 'testville-2023-09-27';
/** A later report of the city, with the same text (a figure's quote is found in either). */
export const LATER_SOURCE_ID = 'testville-2024-09-27';
export const TEXT_FILE = `data/sources/${CITY}/${SOURCE_ID}.zh.txt`;
/** Sections: 0 from 某市坚持, 1 from 一是, 2 from 二是 (on the same line); the first line is the title. */
export const TEXT = [
  '某市校外培训治理情况',
  '某市坚持统筹推进,聘请46名社会监督员、16名网格员,20223个县(区)全部达标。',
  '一是严格执法。今年以来,市、县两级共出动执法人员3937人次,检查培训机构1700余个。' +
    '二是规范管理。全市原有216个学科类机构,现已压减至24个,压减率88.89%。',
].join('\n');
const MARKERS = ['某市坚持', '一是严格执法', '二是规范管理'];

/** A source of the fixture city, resolved as check-sources would. */
function resolvedSource(id = SOURCE_ID): ResolvedSource {
  const text = new SourceText(TEXT);
  return {
    // The rules read only the id of a source's metadata.
    meta: { id, city: CITY } as Source,
    textFile: `data/sources/${CITY}/${id}.zh.txt`,
    text,
    sectionStarts: MARKERS.map((m) => text.occurrences(m)[0]!),
  };
}

/** Code-point offsets of `quote` in the fixture text (its first occurrence). */
export function offsets(quote: string): { start: number; end: number } {
  const start = new SourceText(TEXT).occurrences(quote)[0];
  if (start === undefined) throw new Error(`"${quote}" is not in the fixture text`);
  return { start, end: start + Array.from(quote).length };
}

function figure(
  id: string,
  section: number,
  [raw, value, unit, unitZh, qualifier]: [string, number, Unit, string, Qualifier],
  quote: string,
  quoteEn: string,
  extra: Partial<FigureAnnotation> = {},
): FigureAnnotation {
  return {
    id,
    source: SOURCE_ID,
    section,
    label: { zh: `${id}的说明`, en: `Label of ${id}` },
    title: { zh: `${id}的标题`, en: `Title of ${id}` },
    value,
    raw,
    unit,
    unit_zh: unitZh,
    qualifier,
    period: { wording: null, kind: 'unspecified', start: null, end: null },
    quote: { text: quote, ...offsets(quote) },
    quote_en: quoteEn,
    indicator: null,
    formula: null,
    notes: [],
    ...extra,
  };
}

/** Figures that pass every rule; each call gives fresh copies to change. */
export function figures() {
  return {
    personnel: figure(
      'personnel',
      1,
      ['3937', 3937, 'person-times', '人次', 'exact'],
      '市、县两级共出动执法人员3937人次',
      'city and county levels deployed 3,937 person-times of enforcement staff',
      {
        indicator: 'enforcement.personnel-dispatched',
        period: { wording: '今年以来', kind: 'year', start: null, end: null },
      },
    ),
    before: figure(
      'before',
      2,
      ['216', 216, 'institutions', '个', 'exact'],
      '全市原有216个学科类机构',
      'the city had 216 academic institutions',
    ),
    remaining: figure(
      'remaining',
      2,
      ['24', 24, 'institutions', '个', 'exact'],
      '现已压减至24个',
      'now cut to 24',
    ),
    rate: figure(
      'rate',
      2,
      ['88.89', 88.89, 'percent', '%', 'exact'],
      '压减率88.89%',
      'a reduction rate of 88.89%',
      { formula: '(before - remaining) / before' },
    ),
  };
}

/** All four fixture figures, in source order. */
export function allFigures(): FigureAnnotation[] {
  return Object.values(figures());
}

/** An exclusion that passes every rule. */
export function exclusion(extra: Partial<ExclusionAnnotation> = {}): ExclusionAnnotation {
  return {
    source: SOURCE_ID,
    text: '一是',
    count: 1,
    kind: 'section-marker',
    reason: { zh: '段落序号“一是”', en: 'Section marker 一是 ("first"), not a statistic' },
    ...extra,
  };
}

/** The catalogue's one valid indicator; the rules read its id and units only. */
export const INDICATOR = {
  id: 'enforcement.personnel-dispatched',
  unit: 'person-times',
  alternate_units: ['persons'],
} as Indicator;
/** An id the catalogue declares but whose entry is invalid (reported in the catalogue). */
export const BROKEN_INDICATOR = 'enforcement.broken-entry';
/** A source id of the city whose files failed their own checks. */
export const BROKEN_SOURCE = 'testville-broken';

export interface Run {
  issues: ValidationIssue[];
  /** The city file as the rules read it. */
  yaml: string;
}

/**
 * Write the city file from `figures` and `exclusions`, check it against the schema (a fixture that
 * fails the schema throws), then with `rules` alone.
 */
export function runRules(
  rules: Rule | readonly Rule[],
  input: { figures?: FigureAnnotation[]; exclusions?: ExclusionAnnotation[] },
): Run {
  const yaml = stringify(
    {
      city: {
        slug: CITY,
        name: { zh: '某市', en: 'Testville' },
        province: { zh: '某省', en: 'Someprovince' },
        admin_code: '999900',
      },
      exclusions: input.exclusions ?? [],
      figures: input.figures ?? [],
    },
    // Written out in full, as a person writes the file (no &anchors for shared objects).
    { lineWidth: 0, aliasDuplicateObjects: false },
  );
  const parsed = parseYaml(CITY_FILE, yaml);
  const issues: ValidationIssue[] = [...parsed.issues];
  const file = checkCityFile(parsed.yaml!, issues);
  if (issues.length > 0)
    throw new Error(`the fixture is not valid:\n${issues.map(formatIssue).join('\n')}`);
  checkRules(
    file.figures,
    file.exclusions,
    {
      city: CITY,
      sources: new Map([
        [SOURCE_ID, resolvedSource()],
        [LATER_SOURCE_ID, resolvedSource(LATER_SOURCE_ID)],
      ]),
      broken: new Set([`${CITY}/${BROKEN_SOURCE}`]),
      catalogue: {
        indicators: new Map([[INDICATOR.id, INDICATOR]]),
        declared: new Set([INDICATOR.id, BROKEN_INDICATOR]),
      },
      issues,
    },
    'id' in rules ? [rules] : rules,
  );
  return { issues, yaml };
}

/** The rule, figure and message of each issue: what most rule tests compare. */
export function found(run: Run): { rule: string; figure?: string; message: string }[] {
  return run.issues.map(({ rule, figure, message }) => ({
    rule,
    ...(figure === undefined ? {} : { figure }),
    message,
  }));
}

/** The text of the city file's line an issue points at. */
export function lineOf(run: Run, issue: ValidationIssue): string {
  return run.yaml.split('\n')[(issue.at?.line ?? 1) - 1] ?? '';
}
