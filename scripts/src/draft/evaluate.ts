// pnpm --filter @shuangjian/scripts draft:evaluate: draft every source under data/sources and
// compare the drafts with the hand annotations in data/cities; prints a table. Writes nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Exclusion, FigureAnnotation, Indicator } from '@shuangjian/schema';
import { parse } from 'yaml';
import { REPO_ROOT } from '../paths.ts';
import { compare, type Comparison } from './compare.ts';
import { draftAnnotations } from './draft.ts';
import type { DraftSection } from './types.ts';

export interface CityEvaluation {
  city: string;
  sources: string[];
  comparison: Comparison;
}

/** Draft each source of each city in data/ and compare with the city's hand annotations. */
export function evaluateRepository(repoRoot: string = REPO_ROOT): CityEvaluation[] {
  const data = join(repoRoot, 'data');
  const indicators = (
    parse(readFileSync(join(data, 'indicators.yaml'), 'utf8')) as { indicators: Indicator[] }
  ).indicators;
  const cities = readdirSync(join(data, 'cities'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/u, ''))
    .sort();
  return cities.map((city) => {
    const hand = parse(readFileSync(join(data, 'cities', `${city}.yaml`), 'utf8')) as {
      figures: FigureAnnotation[];
      exclusions: Exclusion[];
    };
    const dir = join(data, 'sources', city);
    const ids = readdirSync(dir)
      .filter((f) => f.endsWith('.zh.txt'))
      .map((f) => f.replace(/\.zh\.txt$/u, ''))
      .sort();
    const comparisons = ids.map((id) => {
      const text = readFileSync(join(dir, `${id}.zh.txt`), 'utf8');
      const meta = parse(readFileSync(join(dir, `${id}.yaml`), 'utf8')) as {
        sections: DraftSection[];
      };
      const draft = draftAnnotations({ sourceId: id, text, sections: meta.sections, indicators });
      return compare(
        text,
        {
          figures: hand.figures.filter((f) => f.source === id),
          exclusions: hand.exclusions.filter((e) => e.source === id),
        },
        draft,
      );
    });
    return { city, sources: ids, comparison: combine(comparisons) };
  });
}

/** Sum comparisons (several sources of a city, or every city). */
export function combine(all: readonly Comparison[]): Comparison {
  const sum = (key: keyof Comparison) => all.reduce((n, c) => n + (c[key] as number), 0);
  const list = (key: keyof Comparison) => all.flatMap((c) => c[key] as string[]);
  return {
    handFigures: sum('handFigures'),
    matched: sum('matched'),
    value: sum('value'),
    unit: sum('unit'),
    qualifier: sum('qualifier'),
    periodKind: sum('periodKind'),
    section: sum('section'),
    quoteHoldsRaw: sum('quoteHoldsRaw'),
    indicator: sum('indicator'),
    wronglyExcluded: list('wronglyExcluded'),
    missed: list('missed'),
    falsePositives: list('falsePositives'),
    draftFigures: sum('draftFigures'),
    draftExclusions: sum('draftExclusions'),
    coverage: {
      numerals: all.reduce((n, c) => n + c.coverage.numerals, 0),
      once: all.reduce((n, c) => n + c.coverage.once, 0),
      uncovered: all.flatMap((c) => c.coverage.uncovered),
      twice: all.flatMap((c) => c.coverage.twice),
    },
    invalid: list('invalid'),
    differences: list('differences'),
  };
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

/** The evaluation as a plain-text table, one row per city and one for all of them. */
export function formatTable(rows: readonly CityEvaluation[]): string[] {
  const all = combine(rows.map((r) => r.comparison));
  const header = [
    'city',
    'hand',
    'recall',
    'value',
    'unit',
    'qualifier',
    'period',
    'section',
    'quote',
    'indicator',
    'excl.',
    'FP',
    'drafts',
    'coverage',
    'invalid',
  ];
  const line = (name: string, c: Comparison) => [
    name,
    String(c.handFigures),
    `${c.matched}/${c.handFigures} ${pct(c.matched, c.handFigures)}`,
    pct(c.value, c.matched),
    pct(c.unit, c.matched),
    pct(c.qualifier, c.matched),
    pct(c.periodKind, c.matched),
    pct(c.section, c.matched),
    pct(c.quoteHoldsRaw, c.matched),
    pct(c.indicator, c.matched),
    String(c.wronglyExcluded.length),
    String(c.falsePositives.length),
    `${c.draftFigures}+${c.draftExclusions}`,
    pct(c.coverage.once, c.coverage.numerals),
    String(c.invalid.length),
  ];
  const table = [header, ...rows.map((r) => line(r.city, r.comparison)), line('all', all)];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const out = table.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  out.push(
    '',
    "recall: hand figures whose raw number is a draft figure's raw number; value … indicator: share of",
    'those matches where the draft agrees (period = period.kind; quote = the draft quote holds the raw',
    'number; indicator = the suggested catalogue indicator, or null, is the hand one);',
    'excl.: hand figures the drafter excluded; FP: draft figures that are hand exclusions; drafts:',
    'figures+exclusions drafted; coverage: numeral characters in exactly one raw or exclusion.',
  );
  const notes: [string, string[]][] = [
    ['missed', all.missed],
    ['wrongly excluded', all.wronglyExcluded],
    ['false positives', all.falsePositives],
    ['differences', all.differences],
    ['uncovered', all.coverage.uncovered],
    ['covered twice', all.coverage.twice],
    ['invalid', all.invalid],
  ];
  for (const [title, items] of notes)
    if (items.length > 0) out.push('', `${title}:`, ...items.map((i) => `  ${i}`));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--root');
  const rows = evaluateRepository(
    i >= 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]!) : REPO_ROOT,
  );
  for (const line of formatTable(rows)) console.log(line);
  const all = combine(rows.map((r) => r.comparison));
  if (all.coverage.once !== all.coverage.numerals || all.invalid.length > 0) process.exitCode = 1;
}
