import { expect, it } from 'vitest';
import { compare, coverage, rawSpan, validityProblems } from './compare.ts';
import { draftAnnotations } from './draft.ts';
import type { DraftOutput } from './types.ts';

const TEXT = '一是加强监管，检查机构35家次，约谈17人次。';
const draft = (): DraftOutput =>
  draftAnnotations({ sourceId: 's-1', text: TEXT, sections: [], indicators: [] });

it('finds a raw number in its quote, before its measure word', () => {
  const f = draft().figures[0]!;
  expect(rawSpan(f)).toEqual({ start: 11, end: 13 });
});

it('counts numerals covered once, not at all, or twice', () => {
  const out = draft();
  expect(coverage(TEXT, out)).toMatchObject({ numerals: 5, once: 5 });
  const missing = { ...out, exclusions: [] };
  expect(coverage(TEXT, missing).uncovered).toEqual(['[一]是加强监管，']);
  const doubled = {
    ...out,
    exclusions: [...out.exclusions, { ...out.exclusions[0]!, text: '一是加' }],
  };
  expect(coverage(TEXT, doubled).twice).toEqual(['[一]是加强监管，']);
});

it('reports a figure whose value, quote or offsets are wrong', () => {
  const out = draft();
  expect(validityProblems(TEXT, out)).toEqual([]);
  const f = out.figures[0]!;
  const broken = {
    ...out,
    figures: [
      { ...f, value: 36 },
      { ...out.figures[1]!, quote: { ...out.figures[1]!.quote, start: 0 } },
    ],
  };
  expect(validityProblems(TEXT, broken)).toEqual([
    `${f.id}: value 36 is not raw 35 read (35)`,
    `${out.figures[1]!.id}: quote offsets do not give the quote text`,
    `${out.figures[1]!.id}: quote occurrence does not point at its offsets`,
  ]);
  const wrongCount = { ...out, exclusions: [{ ...out.exclusions[0]!, count: 2 }] };
  expect(validityProblems(TEXT, wrongCount)).toEqual(['exclusion "一是" occurs 1 times, not 2']);
});

it('compares drafts with hand annotations by the raw number span', () => {
  const out = draft();
  const [visits, talks] = out.figures;
  const hand = {
    figures: [
      {
        ...visits!,
        unit: 'institutions' as const,
        period: { ...visits!.period, kind: 'year' as const },
      },
      { ...talks!, id: 'talks' },
    ],
    exclusions: [
      { source: 's-1', text: '17', count: 1, kind: 'word' as const, reason: { zh: 'x', en: 'x' } },
    ],
  };
  const c = compare(TEXT, hand as never, out);
  expect(c).toMatchObject({
    handFigures: 2,
    matched: 2,
    value: 2,
    unit: 1,
    periodKind: 1,
    qualifier: 2,
  });
  expect(c.falsePositives).toEqual([`${talks!.id} (17人次)`]);
  expect(c.differences).toHaveLength(2);
});
