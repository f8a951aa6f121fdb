import { parseRaw } from '../validate/numerals.ts';
import {
  chooseQuote,
  clauseAround,
  namesThingBefore,
  partsOf,
  sentenceAround,
  type QuotedNumber,
} from './clause.ts';
import {
  ages,
  bookTitles,
  codes,
  contacts,
  dates,
  eachSlogans,
  fixedPhrases,
  leftoverChinese,
  markers,
  numeralIdioms,
  numeralPeriods,
  plusTerms,
  slogans,
  structures,
  titleWords,
  type Candidate,
} from './exclusions.ts';
import { indexIndicators, suggestIndicator } from './indicator.ts';
import { draftIds, draftLabel, draftTitleZh, uniqueTitles } from './label.ts';
import { chooseUnit, measureWordAt, needsNoun } from './measure.ts';
import { isDigit, isNumeralChar, numeralRunEnd, readNumberAt, type NumberExpr } from './numbers.ts';
import { choosePeriod, findPeriods, type PeriodPhrase } from './period.ts';
import { qualifierWhy } from './qualifier.ts';
import { suggestFormula } from './rate-formula.ts';
import { resolveClaims, toExclusions, type Claim } from './resolve.ts';
import { sectionAt, sectionSpans, titleSpan } from './sections.ts';
import { Doc, type Span } from './text.ts';
import type { DraftFigure, DraftInput, DraftOutput, NewUnit } from './types.ts';
import { TITLE_VERBS } from './vocabulary.ts';

/** A number found to be a figure, before its fields are drafted. */
interface Seed {
  expr: NumberExpr;
  /** The measure word as written ('' when none): after raw, or inside it (百分之, 分之, 成). */
  unitZh: string;
  /** End of raw and measure word. */
  unitEnd: number;
  why: string[];
}

const YEAR_LIKE = /^(?:19|20)[0-9]{2}$/u;

/**
 * Draft a figure for every statistic in a source and an exclusion for every other numeral, each
 * marked `review: 'draft'` with the reasons for its guesses. Every numeral of the text ends up in
 * exactly one figure's raw number or one exclusion's text. Deterministic: same input, same output.
 */
export function draftAnnotations(input: DraftInput): DraftOutput {
  const doc = new Doc(input.text);
  const flat = doc.flat;
  const spans = sectionSpans(doc, input.sections);
  const title = titleSpan(doc, input.sections);
  const taken = new Uint8Array(doc.length);
  const free = (i: number) => i >= 0 && i < doc.length && taken[i] === 0;
  const claims: Claim[] = [];
  const seeds: Seed[] = [];
  const yearPhrases: PeriodPhrase[] = [];

  const take = (s: Span) => taken.fill(1, s.start, s.end);
  const claim = (candidate: Candidate): boolean => {
    const c = wholeDecimals(candidate);
    if (c.end <= c.start) return false;
    for (let i = c.start; i < c.end; i++) if (!free(i)) return false;
    let numeral = false;
    for (let i = c.start; i < c.end; i++) if (isNumeralChar(flat[i])) numeral = true;
    if (!numeral) return false;
    take(c);
    claims.push({ start: c.start, end: c.end, kind: c.kind, why: [c.why] });
    return true;
  };
  const claimAll = (cs: Candidate[]) =>
    [...cs].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start).forEach(claim);

  // Exclusions that win over any reading as a number, most specific first.
  readPercentWords();
  claimAll(fixedPhrases(doc));
  for (const rule of [dates, contacts, plusTerms, codes]) claimAll(rule(doc));
  claimAll(titleWords(doc, title));
  for (const rule of [
    markers,
    numeralPeriods,
    structures,
    eachSlogans,
    numeralIdioms,
    ages,
    bookTitles,
    slogans,
  ])
    claimAll(rule(doc));

  // Numbers with a measure word: figures.
  for (let p = 0; p < doc.length; p++) {
    if (!free(p) || !isNumeralChar(flat[p]) || flat[p] === '双') continue;
    if (isDigit(flat[p]) && !isDigit(flat[p - 1]) && gluedYear(p)) continue;
    readFigureAt(p);
  }
  // What is left: Chinese numerals in words and structures.
  for (let p = 0; p < doc.length; p++) {
    if (!free(p) || !isNumeralChar(flat[p])) continue;
    if (isDigit(flat[p])) {
      let end = p;
      while (end < numeralRunEnd(flat, p) && free(end)) end++;
      claim({
        start: p,
        end,
        kind: 'word',
        why: `excluded: ${doc.slice(p, end)} could not be read as a number`,
      });
    } else claim(leftoverChinese(doc, p, free));
  }

  // A claim may not split 3.5 at its point: the point is no numeral and could not be excluded alone.
  function wholeDecimals(c: Candidate): Candidate {
    let { start, end } = c;
    if (flat[end] === '.' && isDigit(flat[end - 1]) && isDigit(flat[end + 1]))
      end = numeralRunEnd(flat, end + 1);
    if (flat[start - 1] === '.' && isDigit(flat[start]) && isDigit(flat[start - 2])) {
      start -= 2;
      while (isDigit(flat[start - 1])) start--;
    }
    return { ...c, start, end };
  }

  function readPercentWords(): void {
    for (const { start } of doc.matches(/百分之|分之/u)) {
      const at = flat.startsWith('百分之', start) ? start : start - 1;
      let head = at;
      while (
        flat[start] !== '百' &&
        head > 0 &&
        isNumeralChar(flat[head - 1]) &&
        flat[head - 1] !== '双'
      )
        head--;
      if (!free(head)) continue;
      const expr = readNumberAt(doc, head, head, stopAfter(head));
      if (expr && (expr.form === 'percent-words' || expr.form === 'fraction'))
        addSeed(expr, expr.form === 'fraction' ? '分之' : '百分之', expr.end);
    }
  }

  function stopAfter(p: number): number {
    let stop = p;
    while (stop < doc.length && free(stop)) stop++;
    return stop;
  }

  // 20224个县(区): a year run into the number after it, where the copy lost a character.
  function gluedYear(p: number): boolean {
    let end = p;
    while (isDigit(flat[end])) end++;
    const run = flat.slice(p, end);
    if (run.length < 5 || run.length > 6 || flat[end] === '.' || !/^20[0-4][0-9]/u.test(run))
      return false;
    if (p > 0 && !/[\n，,。；;：:]/u.test(flat[p - 1]!)) return false;
    if (measureWordAt(flat, end) === null) return false;
    const year = { start: p, end: p + 4 };
    if (!free(year.start) || !free(year.end - 1)) return false;
    claim({
      ...year,
      kind: 'date',
      why: `excluded: ${run} reads as the year ${run.slice(0, 4)} run into the number ${run.slice(4)} (a character lost in the copy?); check`,
    });
    yearPhrases.push({
      ...year,
      wording: run.slice(0, 4),
      kind: 'year',
      startDate: `${run.slice(0, 4)}-01-01`,
      endDate: `${run.slice(0, 4)}-12-31`,
      why: `period year from ${run.slice(0, 4)}, the year run into the number (a calendar year the text fixes)`,
    });
    readFigureAt(p + 4);
    return true;
  }

  function readFigureAt(p: number): void {
    let limit = p;
    while (limit > 0 && free(limit - 1) && p - limit < 2) limit--;
    const expr = readNumberAt(doc, p, limit, stopAfter(p));
    if (!expr) return;
    if (expr.form === 'percent-words' || expr.form === 'fraction' || expr.form === 'tenths') {
      const inside = expr.form === 'tenths' ? '成' : expr.form === 'fraction' ? '分之' : '百分之';
      addSeed(expr, inside, expr.end);
      return;
    }
    const core = flat.slice(expr.core.start, expr.core.end);
    const word = measureWordAt(flat, expr.end);
    const wordFree = word !== null && [...word].every((_, i) => free(expr.end + i));
    if (expr.form === 'chinese') {
      // One Chinese digit (两条主线, 一项任务) is left for the exclusions; 两百一十人 and
      // 十余个 (a round number with 余/多) are figures.
      const round = /^[十百千万]$/u.test(core) && expr.words.some((w) => w === '余' || w === '多');
      if (([...core].length === 1 && !round) || !wordFree) return;
      addSeed(expr, word!, expr.end + word!.length);
      return;
    }
    if (!wordFree || word === null) {
      if (YEAR_LIKE.test(core) && expr.start === expr.core.start && expr.end === expr.core.end) {
        claim({
          start: expr.start,
          end: expr.end,
          kind: 'date',
          why: `excluded: ${core} is a year`,
        });
        return;
      }
      addSeed(expr, '', expr.end, [
        `no measure word after ${doc.slice(expr.start, expr.end)}: unit unknown (give it a unit, or make it an exclusion)`,
      ]);
      return;
    }
    if (word === '年' && YEAR_LIKE.test(core)) {
      claim({
        start: expr.start,
        end: expr.end + 1,
        kind: 'date',
        why: `excluded: ${core}年 is a year`,
      });
      return;
    }
    addSeed(expr, word, expr.end + word.length);
  }

  function addSeed(expr: NumberExpr, unitZh: string, unitEnd: number, why: string[] = []): void {
    for (let i = expr.start; i < unitEnd; i++) if (!free(i)) return;
    // 百千 or 三一 are no numbers: leave them to the exclusions.
    if ('error' in parseRaw(doc.slice(expr.start, expr.end))) return;
    take({ start: expr.start, end: unitEnd });
    seeds.push({ expr, unitZh, unitEnd, why });
  }

  // A measure word with a numeral in it (个百分点): its numeral is excluded as part of the word.
  for (const seed of seeds) {
    const at = seed.unitZh.search(/百分点/u);
    if (at >= 0)
      claims.push({
        start: seed.unitEnd - seed.unitZh.length + at,
        end: seed.unitEnd - seed.unitZh.length + at + 3,
        kind: 'word',
        why: ['excluded: 百 is part of the measure word 百分点 (percentage point)'],
      });
  }
  const rawSpans = seeds.map((s) => ({ start: s.expr.start, end: s.expr.end }));
  const settled = resolveClaims(doc, claims, rawSpans);
  const exclusions = toExclusions(doc, input.sourceId, settled);
  const { figures, newUnits } = draftFigures(
    doc,
    input,
    seeds.sort((a, b) => a.expr.start - b.expr.start),
    spans,
    [
      ...findPeriods(doc).filter(
        (p) => !yearPhrases.some((y) => y.start < p.end && p.start < y.end),
      ),
      ...yearPhrases,
    ].sort((a, b) => a.start - b.start),
  );
  return { figures, exclusions, newUnits };
}

/** The last words before a number that name what it counts: after the last verb, if any. */
function objectOf(before: string): string {
  const at = Math.max(
    ...TITLE_VERBS.map((v) => (before.lastIndexOf(v) >= 0 ? before.lastIndexOf(v) + v.length : -1)),
  );
  const object = at > 0 ? before.slice(at) : before;
  return namesThingBefore(object) ? object : before;
}

function draftFigures(
  doc: Doc,
  input: DraftInput,
  seeds: Seed[],
  spans: ReturnType<typeof sectionSpans>,
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

    let unit: string;
    if (unitZh === '') unit = 'unknown';
    else if (expr.form === 'percent-words' || expr.form === 'fraction' || expr.form === 'tenths') {
      unit = 'percent';
      why.push(
        `unit percent from ${unitZh} (written inside raw; the validator wants the measure word after raw, so it will report unit-zh-adjacent until it reads percent in words)`,
      );
      if (expr.form === 'fraction') why.push(`${raw} is a fraction: value in percent, ${value}`);
    } else {
      const object = objectOf(before);
      const choice = chooseUnit(unitZh, after, object);
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
    const titleZh = draftTitleZh(quoteBefore, quoteAfter.split(/[0-9０-９]/u)[0] ?? '', label.zh);
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
    suggestIndicator(catalogue, d.quote.text, d.clauseText, d.unit),
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
