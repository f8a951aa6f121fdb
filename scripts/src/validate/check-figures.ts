import type { FigureAnnotation, Indicator } from '@shuangjian/schema';
import type { Located } from './check-schema.ts';
import type { ResolvedSource } from './check-sources.ts';
import { quoteEnIssues, titleLengthIssues, titleUniqueIssues } from './check-wording.ts';
import { evaluateFormula, formulaRefs, parseFormula } from './formula.ts';
import type { ValidationIssue } from './issues.ts';
import { measureWords } from './measure-words.ts';
import { parseRaw } from './numerals.ts';

/** A figure that passed every check, with the code-point span of its raw number in the source. */
export interface CheckedFigure {
  figure: FigureAnnotation;
  rawStart: number;
  rawEnd: number;
  /** False when another rule failed: the span still counts for numeral coverage. */
  ok: boolean;
}

interface Context {
  citySlug: string;
  sources: Map<string, ResolvedSource>;
  /** "<city>/<id>" of sources that exist but failed their own checks (reported there). */
  brokenSources: Set<string>;
  indicators: Map<string, Indicator>;
  /** Indicator ids the catalogue declares, valid or not; undefined when it cannot be read. */
  declaredIndicators: Set<string> | undefined;
  issues: ValidationIssue[];
}

/** Check each figure against its source; returns every figure located in its source. */
export function checkFigures(figures: Located<FigureAnnotation>[], ctx: Context): CheckedFigure[] {
  const { citySlug, issues } = ctx;
  const checked: CheckedFigure[] = [];
  const seen = new Map<string, number>();
  let index = -1;
  const byIndicator = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const { value: f, yaml, path } of figures) {
    index++;
    const gid = `${citySlug}/${f.id}`;
    const before = issues.length;
    const report = (
      rule: string,
      message: string,
      field: (string | number)[] = [],
      source?: { offset: number; file: string; text: ResolvedSource['text'] },
    ) =>
      issues.push({
        file: yaml.file,
        rule,
        figure: gid,
        message,
        at: yaml.positionOf([...path, ...field]),
        ...(source
          ? { source: { file: source.file, at: source.text.position(source.offset) } }
          : {}),
      });

    if (seen.has(f.id))
      report(
        'id-unique',
        `id "${f.id}" is used twice in this city (also figure #${seen.get(f.id)! + 1})`,
        ['id'],
      );
    else seen.set(f.id, index);
    for (const w of [...titleLengthIssues(f), ...titleUniqueIssues(f, titles), ...quoteEnIssues(f)])
      report(w.rule, w.message, w.field);
    if (f.indicator !== null) {
      const indicator = ctx.indicators.get(f.indicator);
      // A broken catalogue, or a broken entry for this id, is reported where it is.
      if (!indicator) {
        if (ctx.declaredIndicators?.has(f.indicator) === false)
          report('indicator-unknown', `indicator "${f.indicator}" is not in data/indicators.yaml`, [
            'indicator',
          ]);
      } else if (indicator.unit !== f.unit && !indicator.alternate_units.includes(f.unit)) {
        report(
          'indicator-unit',
          `unit "${f.unit}" is not the indicator's unit "${indicator.unit}" nor one of its alternate units [${indicator.alternate_units.join(', ')}]`,
          ['unit'],
        );
      }
      const other = byIndicator.get(f.indicator);
      if (other)
        report(
          'indicator-duplicate',
          `indicator "${f.indicator}" is already measured by ${citySlug}/${other}; a city has one figure per indicator`,
          ['indicator'],
        );
      else byIndicator.set(f.indicator, f.id);
    }
    if (f.period.start && f.period.end && f.period.start > f.period.end)
      report('period-dates', `period starts (${f.period.start}) after it ends (${f.period.end})`, [
        'period',
      ]);

    const parsed = parseRaw(f.raw);
    if ('error' in parsed) report('value-parse', parsed.error, ['raw']);
    else {
      if (parsed.value !== f.value)
        report(
          'value-mismatch',
          `value ${f.value} does not equal raw "${f.raw}" read as ${parsed.value}`,
          ['value'],
        );
      if (parsed.qualifier !== f.qualifier)
        report(
          'qualifier-mismatch',
          `qualifier "${f.qualifier}" but raw "${f.raw}" reads as "${parsed.qualifier}"`,
          ['qualifier'],
        );
    }
    if (f.unit === 'percent' && f.value > 100)
      report('value-range', `a percentage of ${f.value} is over 100`, ['value']);
    if (!measureWords(f.unit).includes(f.unit_zh))
      report(
        'unit-zh',
        `unit "${f.unit}" is written ${measureWords(f.unit)
          .map((w) => `"${w}"`)
          .join(' or ')}, not "${f.unit_zh}" (see scripts/src/validate/measure-words.ts)`,
        ['unit_zh'],
      );

    const source = ctx.sources.get(f.source);
    if (!source) {
      if (!ctx.brokenSources.has(`${citySlug}/${f.source}`))
        report('source-unknown', `source "${f.source}" is not a valid source of ${citySlug}`, [
          'source',
        ]);
      continue;
    }
    const loc = (offset: number) => ({ offset, file: source.textFile, text: source.text });
    if (f.period.wording !== null && source.text.occurrences(f.period.wording).length === 0) {
      report(
        'period-wording',
        `period wording "${f.period.wording}" does not occur in ${source.textFile}`,
        ['period', 'wording'],
      );
    }
    const found = source.text.occurrences(f.quote.text);
    let quoteStart: number | undefined;
    if (found.length === 0) {
      report(
        'quote-verbatim',
        `quote "${f.quote.text}" does not occur verbatim in ${source.textFile}`,
        ['quote', 'text'],
      );
    } else if (found.length > 1 && f.quote.occurrence === undefined) {
      report(
        'quote-ambiguous',
        `quote occurs ${found.length} times in ${source.textFile}; lengthen it or set quote.occurrence`,
        ['quote', 'text'],
        loc(found[0]!),
      );
    } else if (f.quote.occurrence !== undefined && f.quote.occurrence > found.length) {
      report(
        'quote-ambiguous',
        `quote.occurrence is ${f.quote.occurrence} but the quote occurs ${found.length} time(s)`,
        ['quote', 'occurrence'],
      );
    } else {
      quoteStart = found[(f.quote.occurrence ?? 1) - 1]!;
      const quoteEnd = quoteStart + Array.from(f.quote.text).length;
      if (f.quote.start !== quoteStart || f.quote.end !== quoteEnd) {
        report(
          'quote-offsets',
          `quote offsets are [${f.quote.start}, ${f.quote.end}) but the quote is at [${quoteStart}, ${quoteEnd})`,
          ['quote', 'start'],
          loc(quoteStart),
        );
      }
      const section = sectionOf(source, quoteStart);
      const sectionEnd = source.sectionStarts[f.section + 1] ?? source.text.length;
      if (f.section >= source.sectionStarts.length) {
        report(
          'section-range',
          `section ${f.section} does not exist; ${source.meta.id} has sections 0..${source.sectionStarts.length - 1}`,
          ['section'],
        );
      } else if (section !== f.section || quoteEnd > sectionEnd) {
        report(
          'quote-section',
          `quote lies in section ${section ?? '(title)'}, not in section ${f.section}`,
          ['section'],
          loc(quoteStart),
        );
      }
    }
    const rawIndex = f.quote.text.indexOf(f.raw);
    const withUnit = f.raw + f.unit_zh;
    const unitIndex = f.quote.text.indexOf(withUnit);
    if (rawIndex < 0)
      report('raw-in-quote', `raw "${f.raw}" does not occur in the quote "${f.quote.text}"`, [
        'raw',
      ]);
    else if (unitIndex < 0)
      report(
        'unit-zh-adjacent',
        `"${withUnit}" (raw followed by unit_zh) does not occur in the quote`,
        ['unit_zh'],
      );
    else if (f.quote.text.indexOf(withUnit, unitIndex + 1) >= 0)
      report('raw-ambiguous', `"${withUnit}" occurs more than once in the quote`, ['raw']);
    else if (
      /^[0-9]/.test(f.raw) &&
      /[0-9.]/.test(f.quote.text[unitIndex - 1] ?? '') &&
      !isYearPrefix(f)
    ) {
      report('raw-partial', `raw "${f.raw}" is only the end of the number written before it`, [
        'raw',
      ]);
    }
    if (quoteStart !== undefined && unitIndex >= 0) {
      const rawStart = quoteStart + Array.from(f.quote.text.slice(0, unitIndex)).length;
      checked.push({
        figure: f,
        rawStart,
        rawEnd: rawStart + Array.from(f.raw).length,
        ok: issues.length === before,
      });
    }
  }
  checkFormulas(checked, figures, ctx);
  return checked;
}

// 20224个县(区) reads "2022年, 4个县(区)": a raw that ends a longer digit run is allowed only when the
// figure's period names the year written before it.
function isYearPrefix(f: FigureAnnotation): boolean {
  const i = f.quote.text.indexOf(f.raw + f.unit_zh);
  return (
    f.period.wording !== null &&
    /^[0-9]{4}$/.test(f.period.wording) &&
    f.quote.text.slice(0, i).endsWith(f.period.wording)
  );
}

function sectionOf(source: ResolvedSource, offset: number): number | undefined {
  let found: number | undefined;
  source.sectionStarts.forEach((start, n) => {
    if (start <= offset) found = n;
  });
  return found;
}

function checkFormulas(
  checked: CheckedFigure[],
  all: Located<FigureAnnotation>[],
  ctx: Context,
): void {
  const values = new Map(all.map(({ value }) => [value.id, value.value]));
  for (const { value: f, yaml, path } of all) {
    if (f.formula === null) continue;
    const report = (message: string) =>
      ctx.issues.push({
        file: yaml.file,
        rule: 'rate-formula',
        figure: `${ctx.citySlug}/${f.id}`,
        message,
        at: yaml.positionOf([...path, 'formula']),
      });
    let expr;
    try {
      expr = parseFormula(f.formula);
    } catch (error) {
      report(`formula does not parse: ${(error as Error).message}`);
      continue;
    }
    const unknown = formulaRefs(expr).filter((id) => !values.has(id) || id === f.id);
    if (unknown.length > 0) {
      report(
        `formula refers to ${unknown.map((id) => `"${id}"`).join(', ')}, not another figure of this city`,
      );
      continue;
    }
    const parsed = parseRaw(f.raw);
    if ('error' in parsed) continue;
    const result = evaluateFormula(expr, (id) => values.get(id)) * (f.unit === 'percent' ? 100 : 1);
    const rounded = Number(result.toFixed(parsed.decimals));
    if (!Number.isFinite(result) || rounded !== f.value) {
      report(
        `"${f.formula}" gives ${Number.isFinite(result) ? result.toFixed(parsed.decimals + 2) : result}, which rounds to ${rounded} at ${parsed.decimals} decimal(s), not the stated ${f.value}`,
      );
      const c = checked.find((x) => x.figure === f);
      if (c) c.ok = false;
    }
  }
}
