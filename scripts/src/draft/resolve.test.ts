import { expect, it } from 'vitest';
import { resolveClaims, toExclusions } from './resolve.ts';
import { Doc } from './text.ts';

it('lengthens an exclusion text that also occurs where it does not apply', () => {
  // 一步 is excluded in 下一步 only; it also stands in 进一步, excluded on its own.
  const doc = new Doc('下一步，我们将进一步做好工作。');
  const claims = [
    { start: 1, end: 3, kind: 'word' as const, why: ['a'] },
    { start: 7, end: 10, kind: 'word' as const, why: ['b'] },
  ];
  const settled = resolveClaims(doc, claims, []);
  expect(settled.map((c) => doc.slice(c.start, c.end))).toEqual(['下一步', '进一步']);
  expect(settled[0]!.why.at(-1)).toMatch(/lengthened to 下一步/);
});

it('never lengthens into a figure, and merges claims that grow into each other', () => {
  const doc = new Doc('一是，12名，一是');
  // Only the first 一是 is claimed: its text must grow to the right, away from nothing but ，12.
  const settled = resolveClaims(
    doc,
    [{ start: 0, end: 2, kind: 'section-marker', why: [] }],
    [{ start: 3, end: 5 }],
  );
  expect(doc.slice(settled[0]!.start, settled[0]!.end)).toBe('一是，');
});

it('makes one exclusion per text, counting every occurrence', () => {
  const doc = new Doc('落实双减，推进双减。');
  const exclusions = toExclusions(doc, 's-1', [
    { start: 2, end: 4, kind: 'policy-term', why: ['x'] },
    { start: 7, end: 9, kind: 'policy-term', why: ['x'] },
  ]);
  expect(exclusions).toEqual([
    {
      source: 's-1',
      text: '双减',
      count: 2,
      kind: 'policy-term',
      reason: { zh: '政策用语“双减”,不是统计数字', en: 'Policy term 双减, not a statistic' },
      review: 'draft',
      why: ['x'],
    },
  ]);
});
