// pnpm screenshots: which pictures it takes, and the page that shows them.
import { expect, it } from 'vitest';
import { PAGE_TYPES } from '../../src/bench/site/pages.ts';
import { contactSheet, SCHEMES, shots, WIDTHS } from '../../src/screenshots/shots.ts';

it('takes every page type at 360 and 1280 px, light and dark, in Chinese and English', () => {
  const list = shots();
  expect(WIDTHS).toEqual([360, 1280]);
  expect(SCHEMES).toEqual(['light', 'dark']);
  const types = [...new Set(list.map((s) => s.type))];
  for (const [type] of PAGE_TYPES) expect(types).toContain(type);
  expect(types).toEqual(expect.arrayContaining(['cities', 'indicators', 'embed']));
  // The search page with results listed, a query of each language.
  expect(list.filter((s) => s.type === 'search-results').map((s) => s.url)).toEqual([
    ...Array<string>(4).fill('/search/?q=执法'),
    ...Array<string>(4).fill('/en/search/?q=inspections'),
  ]);
  expect(list).toHaveLength(types.length * 2 * 2 * 2);
  expect(new Set(list.map((s) => s.file)).size).toBe(list.length);
  for (const s of list) expect(s.url.startsWith('/en/')).toBe(s.lang === 'en');
});

it('shows every picture on the contact sheet', () => {
  const list = shots();
  const html = contactSheet(list);
  for (const s of list) expect(html).toContain(`src="${s.file}"`);
});
