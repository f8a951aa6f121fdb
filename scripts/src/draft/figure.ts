import { parseRaw } from '../validate/numerals.ts';
import {
  chooseQuote,
  clauseAround,
  namesThingBefore,
  partsOf,
  sentenceAround,
  type QuotedNumber,
} from './clause.ts';
import { indexIndicators, suggestIndicator } from './indicator.ts';
import { draftIds, draftLabel, draftTitleZh, uniqueTitles } from './label.ts';
import { chooseUnit, needsNoun } from './measure.ts';
import { isNumeralChar, type NumberExpr } from './numbers.ts';
import { choosePeriod, type PeriodPhrase } from './period.ts';
import { qualifierWhy } from './qualifier.ts';
import { suggestFormula } from './rate-formula.ts';
import { sectionAt, type SectionSpan } from './sections.ts';
import type { Doc } from './text.ts';
import type { DraftFigure, DraftInput, NewUnit } from './types.ts';
import { TITLE_VERBS } from './vocabulary.ts';

/** A number found to be a figure, before its fields are drafted. */
export interface Seed {
  expr: NumberExpr;
  /** The measure word as written ('' when none): after raw, or inside it (百分之, 分之, 成). */
  unitZh: string;
  /** End of raw and measure word. */
  unitEnd: number;
  why: string[];
}

/** The last words before a number that name what it counts: after the last verb, if any. */
function objectOf(before: string): string {
  const at = Math.max(
    ...TITLE_VERBS.map((v) => (before.lastIndexOf(v) >= 0 ? before.lastIndexOf(v) + v.length : -1)),
  );
  const object = at > 0 ? before.slice(at) : before;
  return namesThingBefore(object) ? object : before;
}

/** Draft every field of each figure found: unit, qualifier, period, quote, label, title, id, indicator, formula. */
export function draftFigures(
  doc: Doc,
  input: DraftInput,
  seeds: Seed[],
  spans: SectionSpan[],
  periods: PeriodPhrase[],
): { figures: DraftFigure[]; newUnits: NewUnit[] } {
  const quoted: QuotedNumber[] = seeds.map((s) => ({
    raw: { start: s.expr.start, end: s.expr.end },
    unitEnd: s.unitEnd,
    needsNoun: s.unitZh !== '' && needsNoun(s.unitZh) && s.expr.form !== 'percent-words',
  }));
  const catalogue = indexIndicators(input.indicators);
  const proposals = new Map<string, NewUnit>();
  const drafts = seeds.map((seed, n) => {
    const { expr, unitZh, unitEnd } = seed;
    const why = [...seed.why];
    const raw = doc.slice(expr.start, expr.end);
    const section = sectionAt(spans, expr.start);
    const parsed = parseRaw(raw);
    const value = 'error' in parsed ? 0 : parsed.value;
    if ('error' in parsed) why.push(`raw does not parse: ${parsed.error}`);
    else
      why.push(
        `value ${value} read from ${raw}${/[万亿]/u.test(raw) ? ' (万 = 10^4, 亿 = 10^8)' : ''}`,
      );

    const quote = chooseQuote(doc, quoted[n]!, quoted, section);
    why.push(...quote.why);
    const quoteText = doc.slice(quote.start, quote.end);
    const clause = clauseAround(doc, expr.start, section);
    const part = partsOf(doc, clause).find((p) => expr.start >= p.start && expr.start < p.end)!;
    // What follows the measure word up to the clause's end or the next number (机构、个人).
    const afterEnd = [...doc.flat.slice(unitEnd, clause.end)].findIndex((c) => isNumeralChar(c));
    const after = doc.slice(unitEnd, afterEnd < 0 ? clause.end : unitEnd + afterEnd);
    const before = doc.slice(Math.min(part.start, quote.start), expr.start);

    // Nouns inside a document's title (《…机构…措施》) do not say what the number counts.
    const unnamed = (t: string) => t.replace(/《[^》]*》/gu, '');
    let unit: string;
    if (unitZh === '') unit = 'unknown';
    else if (expr.form === 'percent-words' || expr.form === 'fraction' || expr.form === 'tenths') {
      unit = 'percent';
      why.push(
        `unit percent from ${unitZh} (written inside raw; the validator wants the measure word after raw, so it will report unit-zh-adjacent until it reads percent in words)`,
      );
      if (expr.form === 'fraction') why.push(`${raw} is a fraction: value in percent, ${value}`);
    } else {
      const object = objectOf(unnamed(before));
      const choice = chooseUnit(unitZh, unnamed(after), object);
      unit = choice.unit;
      why.push(choice.why);
      if (choice.proposed && unit !== 'unknown') {
        const key = `${unitZh}\u0000${unit}`;
        const entry = proposals.get(key) ?? {
          measureWord: unitZh,
          proposedUnit: unit,
          occurrences: 0,
        };
        entry.occurrences++;
        proposals.set(key, entry);
      }
    }
    if (unit === 'percent' && value > 100)
      why.push(`a percentage of ${value} is over 100: the validator refuses it (value-range)`);

    // 每天不少于2小时: a requirement or a limit, which may not be a statistic at all.
    const norm = /(?:不少于|不低于|不超过|不得超过|不多于|不高于|至少|最多|控制在|原则上)$/u.exec(
      doc.slice(Math.max(0, expr.start - 4), expr.start),
    );
    if (norm)
      why.push(
        `${norm[0]} before the number states a requirement or a limit, not an outcome: check it is a statistic`,
      );
    const qualifier = qualifierWhy(
      raw,
      'error' in parsed ? 'exact' : parsed.qualifier,
      doc.slice(unitEnd, unitEnd + 3),
    );
    why.push(...qualifier.why);

    const period = choosePeriod(doc, expr.start, periods, section);
    why.push(period.why);
    why.push(`section ${section.number} from the quote's position`);

    const found = doc.occurrences(quoteText);
    const occurrence = found.length > 1 ? found.indexOf(quote.start) + 1 : undefined;
    const written = doc.slice(expr.start, unitEnd);
    const label = draftLabel(quoteText, written, unitZh, period.wording);
    const quoteBefore = doc.slice(quote.start, expr.start);
    const quoteAfter = doc.slice(unitEnd, quote.end);
    const titleZh = draftTitleZh(
      unnamed(quoteBefore),
      quoteAfter.split(/[0-9０-９]/u)[0] ?? '',
      label.zh,
    );
    const sentence = sentenceAround(doc, expr.start, section);
    return {
      raw,
      value,
      unit,
      unitZh,
      qualifier: qualifier.qualifier,
      period,
      section: section.number,
      quote: {
        text: quoteText,
        start: quote.start,
        end: quote.end,
        ...(occurrence ? { occurrence } : {}),
      },
      label,
      titleZh,
      clauseText: doc.slice(clause.start, clause.end),
      written,
      sentence: sentence.start,
      why,
    };
  });

  const titles = uniqueTitles(drafts.map((d) => ({ zh: d.titleZh, period: d.period.wording })));
  const ids = draftIds(
    drafts.map((d, i) => ({ title: titles[i]!, label: d.label.zh, unit: d.unit, order: i + 1 })),
  );

  // One figure per indicator: the best-scoring figure gets it.
  const suggestions = drafts.map((d) =>
    suggestIndicator(
      catalogue,
      d.quote.text.replace(d.written, '，'),
      d.clauseText.replace(d.written, '，'),
      d.unit,
    ),
  );
  const indicatorOf = new Map<number, string>();
  const order = suggestions
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.id !== null)
    .sort((a, b) => b.s.score - a.s.score || a.i - b.i);
  const usedIndicators = new Set<string>();
  for (const { s, i } of order) {
    if (usedIndicators.has(s.id!)) continue;
    usedIndicators.add(s.id!);
    indicatorOf.set(i, s.id!);
  }

  const parts = drafts.map((d, i) => ({
    id: ids[i]!,
    value: d.value,
    unit: d.unit,
    raw: d.raw,
    at: d.quote.start,
    sentence: d.sentence,
  }));
  const figures: DraftFigure[] = drafts.map((d, i) => {
    const why = [...d.why];
    const suggestion = suggestions[i]!;
    const indicator = indicatorOf.get(i) ?? null;
    if (indicator !== null) why.push(suggestion.why);
    else if (suggestion.id !== null)
      why.push(
        `indicator null: ${suggestion.id} fits, but another figure of this source fits it better (one figure per indicator)`,
      );
    else why.push(suggestion.why);
    let formula: string | null = null;
    if (d.unit === 'percent') {
      const f = suggestFormula({ ...parts[i]!, at: drafts[i]!.quote.start }, parts);
      formula = f.formula;
      why.push(f.why);
    }
    return {
      id: ids[i]!,
      source: input.sourceId,
      section: d.section,
      label: d.label,
      title: { zh: titles[i]!, en: `TODO: English title for ${ids[i]}` },
      value: d.value,
      raw: d.raw,
      unit: d.unit,
      unit_zh: d.unitZh,
      qualifier: d.qualifier,
      period: {
        wording: d.period.wording,
        kind: d.period.kind,
        start: d.period.start,
        end: d.period.end,
      },
      quote: d.quote,
      quote_en: `TODO: English for the quote, with the number as ${d.value.toLocaleString('en-US', { maximumFractionDigits: 20 })}`,
      indicator,
      formula,
      notes: [],
      review: 'draft',
      why,
    };
  });
  return { figures, newUnits: [...proposals.values()] };
}
