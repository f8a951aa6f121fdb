// What the consumer project runs against the installed tarballs.

/** What run.mjs prints (as JSON): facts about the installed packages as JavaScript sees them. */
export interface ConsumerReport {
  node: string;
  figureCount: number;
  firstSource: string;
  sourceIds: string[];
  sourceId: string;
  getFigureIsSame: boolean;
  /** What getFigure() throws for a mistyped id, and for a number. */
  getFigureTypo: string;
  getFigureNonString: string;
  /** What compare() throws when given a package's figures instead of its dataset. */
  compareFigures: string;
  figureIdsCount: number;
  /** What assigning to a figure's value does, and whether getFigure() still gives the old value. */
  assignValue: string;
  valueKept: boolean;
  quote: string;
  sliceByCodePoints: string;
  citySlug: string;
  version: string;
  packageVersion: string;
  defaultIsDataset: boolean;
  huangshanJsonEqualsTyped: boolean;
  huangshanCount: number;
  rows: { city: string; reported: boolean; value: unknown; unit: unknown }[];
  indicatorKnown: string | null;
  indicatorCount: number;
  datasetsValid: boolean[];
  sourceFileMatches: boolean;
  csvHeader: string;
  /** The error code of importing a path that is not exported. */
  deepImport: string;
  /** The all-cities package as JavaScript sees it. */
  all: {
    figureCount: number;
    bengbuCount: number;
    citySlugs: string[];
    getFigureEqualsCity: boolean;
    indicatorCount: number;
    /** Records of data/figures.csv, counted as an RFC 4180 reader does (header included). */
    csvRecords: number;
    csvHeader: string;
    readmeHasCodebook: boolean;
    version: string;
    packageVersion: string;
  };
}

/** An ES module using every package from JavaScript; prints a ConsumerReport. */
export const RUN_MJS = `import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import hefeiDefault, { figures, source, sources, city, getFigure, dataset, version } from '@shuangjian/hefei';
import * as hefei from '@shuangjian/hefei';
import * as huangshan from '@shuangjian/huangshan';
import * as bengbu from '@shuangjian/bengbu';
import huangshanFigures from '@shuangjian/huangshan/data/figures.json' with { type: 'json' };
import hefeiPkg from '@shuangjian/hefei/package.json' with { type: 'json' };
import { compare, getIndicator, indicators } from '@shuangjian/indicators';
import { DatasetSchema } from '@shuangjian/schema';
import * as all from '@shuangjian/all-cities';
import allPkg from '@shuangjian/all-cities/package.json' with { type: 'json' };

const first = figures[0];
const firstValue = first.value;
const attempt = (f) => { try { f(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; } };
const rows = compare('enforcement.personnel-dispatched', [hefei.dataset, huangshan.dataset, bengbu.dataset]);
const fileOf = (spec) => readFile(fileURLToPath(import.meta.resolve(spec)), 'utf8');
const records = (text) => {
  let quoted = false, n = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && text[i] === '\\r' && text[i + 1] === '\\n') n++;
  }
  return n;
};
const allCsv = await fileOf('@shuangjian/all-cities/data/figures.csv');
const allReadme = await readFile(new URL('README.md', import.meta.resolve('@shuangjian/all-cities/package.json')), 'utf8');
let deepImport = 'resolved';
try { await import('@shuangjian/hefei/dist/index.js'); } catch (e) { deepImport = e.code; }
process.stdout.write(JSON.stringify({
  node: process.version,
  figureCount: figures.length,
  firstSource: first.source,
  sourceIds: sources.map((s) => s.id),
  sourceId: source.id,
  getFigureIsSame: getFigure(first.id) === first,
  getFigureTypo: attempt(() => getFigure('enforcement-personel-dispatched')),
  getFigureNonString: attempt(() => getFigure(42)),
  compareFigures: attempt(() => compare('grid.workers', [hefei.figures])),
  figureIdsCount: hefei.FIGURE_IDS.length,
  assignValue: attempt(() => { first.value = -1; }),
  valueKept: getFigure(first.id).value === firstValue,
  quote: first.quote.text,
  sliceByCodePoints: Array.from(source.text).slice(first.quote.start, first.quote.end).join(''),
  citySlug: city.slug,
  version,
  packageVersion: hefeiPkg.version,
  defaultIsDataset: hefeiDefault === dataset,
  huangshanJsonEqualsTyped: isDeepStrictEqual(huangshanFigures, [...huangshan.figures]),
  huangshanCount: huangshanFigures.length,
  rows: rows.map((r) => ({ city: r.city.slug, reported: r.reported, value: r.value, unit: r.unit })),
  indicatorKnown: getIndicator('enforcement.personnel-dispatched')?.id ?? null,
  indicatorCount: indicators.length,
  datasetsValid: [hefei, huangshan, bengbu].map((m) => DatasetSchema.safeParse(m.dataset).success),
  sourceFileMatches: (await fileOf('@shuangjian/hefei/data/sources/' + source.id + '.zh.txt')) === source.text,
  csvHeader: (await fileOf('@shuangjian/hefei/data/figures.csv')).split(/\\r?\\n/)[0],
  deepImport,
  all: {
    figureCount: all.figures.length,
    bengbuCount: bengbu.figures.length,
    citySlugs: all.cities.map((c) => c.slug),
    getFigureEqualsCity: isDeepStrictEqual(all.getFigure('hefei/' + first.id), first),
    indicatorCount: all.indicators.length,
    csvRecords: records(allCsv),
    csvHeader: allCsv.split('\\r\\n')[0],
    readmeHasCodebook: allReadme.includes('## Codebook') && allReadme.includes('| \`period_kind\` |'),
    version: all.version,
    packageVersion: allPkg.version,
  },
}));
`;

/** A TypeScript module using the packages' types, which must typecheck under NodeNext, strict. */
export const INDEX_TS = `import { figures, getFigure, source, type Figure } from '@shuangjian/hefei';
import huangshanFigures from '@shuangjian/huangshan/data/figures.json' with { type: 'json' };
import { compare, type ComparisonRow } from '@shuangjian/indicators';
import type { Dataset, Qualifier } from '@shuangjian/schema';
import { getFigure as getAnyFigure, type GlobalFigureId } from '@shuangjian/all-cities';
import allFigures from '@shuangjian/all-cities/data/figures.json' with { type: 'json' };

function describeFigure(f: Figure): string {
  const qualifier: Qualifier = f.qualifier;
  const value: number = f.value;
  const label: string = f.label.en;
  const quote: [number, number] = [f.quote.start, f.quote.end];
  const period: string = f.period.kind;
  return \`\${label}: \${value.toFixed(0)} \${f.unit} (\${qualifier}, \${period}) at \${quote.join('..')} of \${source.id}\`;
}

const first: Figure = getFigure(figures[0]!.id);
export const line: string = describeFigure(first);
export const known: Figure = getFigure('enforcement-personnel-dispatched');
export const firstHuangshanId: string = huangshanFigures[0]!.id;
// Typed by data/figures.json.d.ts: TypeScript's own reading of the JSON gives unit: string.
export const typedRows: readonly Figure[] = huangshanFigures;
export const firstHuangshanValue: number = huangshanFigures[0]!.value;
const rows: ComparisonRow[] = compare('enforcement.personnel-dispatched', []);
export const values: (number | null)[] = rows.map((r) => (r.reported ? r.value : null));
export const none: Dataset | null = null;
const globalId: GlobalFigureId = 'hefei/enforcement-personnel-dispatched';
export const anyFigure: Figure = getAnyFigure(globalId);
export const allRows: readonly Figure[] = allFigures;
`;
