import { parseRaw } from '../validate/numerals.ts';
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
import { draftFigures, type Seed } from './figure.ts';
import { measureWordAt } from './measure.ts';
import { isDigit, isNumeralChar, numeralRunEnd, readNumberAt, type NumberExpr } from './numbers.ts';
import { findPeriods, type PeriodPhrase } from './period.ts';
import { resolveClaims, toExclusions, type Claim } from './resolve.ts';
import { sectionSpans, titleSpan } from './sections.ts';
import { Doc, type Span } from './text.ts';
import type { DraftInput, DraftOutput } from './types.ts';

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
