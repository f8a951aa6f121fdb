import { describe, expect, it } from 'vitest';
import { UI } from '../../../src/i18n/ui';
import {
  countMessage,
  excerptSegments,
  fill,
  highlight,
  matchTerms,
  plainText,
  resultLine,
  safeHref,
  startsStray,
  trimLeading,
  type Segment,
} from '../../../src/lib/search-text';

const text = (s: string): Segment => ({ text: s, mark: false });
const mark = (s: string): Segment => ({ text: s, mark: true });

describe('excerptSegments', () => {
  it("reads Pagefind's <mark> runs as marked text", () => {
    expect(excerptSegments('联合<mark>执法</mark>检查的<mark>执法</mark>人员')).toEqual([
      text('联合'),
      mark('执法'),
      text('检查的'),
      mark('执法'),
      text('人员'),
    ]);
  });

  it('decodes the &lt; and &gt; Pagefind writes and keeps every other tag or entity as text', () => {
    // As Pagefind 1.6 writes a page whose text is: Staff<img src=x onerror=…> & "q"
    const excerpt = 'Staff&lt;img src=x onerror=window.__xss=1&gt; & "q" <mark>onerror</mark>';
    expect(excerptSegments(excerpt)).toEqual([
      text('Staff<img src=x onerror=window.__xss=1> & "q" '),
      mark('onerror'),
    ]);
    // Markup that is not Pagefind's <mark> (it never writes any) is text too, not an element.
    expect(excerptSegments('<b>x</b><script>1</script>&amp;')).toEqual([
      text('<b>x</b><script>1</script>&amp;'),
    ]);
  });

  it('is empty for an empty excerpt and joins adjacent runs', () => {
    expect(excerptSegments('')).toEqual([]);
    expect(excerptSegments('<mark>a</mark><mark>b</mark>')).toEqual([mark('ab')]);
  });
});

describe('trimLeading', () => {
  it.each([
    ['. 出动<mark>执法</mark>(检查)人员人次', '出动执法(检查)人员人次'],
    ['。 今年以来<mark>执法</mark>', '今年以来执法'],
    ['、公安、文旅等部门开展的联合<mark>执法</mark>', '公安、文旅等部门开展的联合执法'],
    [', <mark>inspections</mark> of', 'inspections of'],
    [') . — <mark>x</mark>', 'x'],
    ['\u00A0 … <mark>inspected</mark>', 'inspected'],
  ])('drops the stray start of %j', (excerpt, want) => {
    const out = trimLeading(excerptSegments(excerpt));
    expect(plainText(out)).toBe(want);
    expect(startsStray(plainText(out))).toBe(false);
  });

  it('keeps the marks of what is left', () => {
    expect(trimLeading([text('. '), mark('执法'), text('人员')])).toEqual([
      mark('执法'),
      text('人员'),
    ]);
    expect(trimLeading([text('. '), mark('. 执法')])).toEqual([mark('执法')]);
  });

  it('keeps an opening quote or bracket, and a clean start as it is', () => {
    expect(plainText(trimLeading(excerptSegments('“查处难” 今年以来')))).toBe('“查处难” 今年以来');
    expect(plainText(trimLeading(excerptSegments('(人次) 3937')))).toBe('(人次) 3937');
    expect(plainText(trimLeading(excerptSegments('校外培训<mark>执法</mark>')))).toBe(
      '校外培训执法',
    );
  });

  it('leaves nothing of an excerpt that is all punctuation, and does not change its input', () => {
    const input = [text('. '), text('。')];
    expect(trimLeading(input)).toEqual([]);
    expect(input).toEqual([text('. '), text('。')]);
  });
});

describe('startsStray', () => {
  it('is what an excerpt must not start with', () => {
    for (const s of ['. a', '。a', ' a', '、a', ',a', ')a', '”a', '-a'])
      expect(startsStray(s), s).toBe(true);
    for (const s of ['a', '执法', '“查处难”', '(人次)', '3937'])
      expect(startsStray(s), s).toBe(false);
  });
});

describe('matchTerms and highlight', () => {
  it("marks the query's words in a title, ignoring case", () => {
    expect(highlight('Joint multi-department inspections', matchTerms('INSPECTIONS'))).toEqual([
      text('Joint multi-department '),
      mark('inspections'),
    ]);
    expect(highlight('出动执法(检查)人员人次', matchTerms('执法 人员'))).toEqual([
      text('出动'),
      mark('执法'),
      text('(检查)'),
      mark('人员'),
      text('人次'),
    ]);
  });

  it('also marks the forms Pagefind matched in the excerpt (stemming), without their punctuation', () => {
    const excerpt = excerptSegments('providers <mark>inspected;</mark> <mark>Inspection.</mark>');
    const terms = matchTerms('inspections', excerpt);
    expect(terms).toEqual(['inspections', 'Inspection', 'inspected']);
    expect(highlight('Tutoring providers inspected (institution-visits)', terms)).toEqual([
      text('Tutoring providers '),
      mark('inspected'),
      text(' (institution-visits)'),
    ]);
  });

  it('prefers the longest term and marks each character once', () => {
    expect(highlight('执法人员', ['执法', '执法人员'])).toEqual([mark('执法人员')]);
    expect(highlight('aaa', ['aa'])).toEqual([mark('aa'), text('a')]);
  });

  it('treats regular-expression characters in a query as text', () => {
    // Punctuation around a word is dropped ("(c+)" -> "c+"), the rest is matched literally.
    expect(matchTerms('(c+) [dd] a*b .* x|y')).toEqual(['a*b', 'x|y', 'c+', 'dd']);
    expect(highlight('a.b (c+) [dd] a*b xy x|y', matchTerms('(c+) [dd] a*b .* x|y'))).toEqual([
      text('a.b ('),
      mark('c+'),
      text(') ['),
      mark('dd'),
      text('] '),
      mark('a*b'),
      text(' xy '),
      mark('x|y'),
    ]);
    expect(() => highlight('x', ['\\', '(', '[', '{', '/', '-', '$^'])).not.toThrow();
  });

  it('skips empty terms and single Latin letters or digits', () => {
    expect(matchTerms('  a 1 “双减” , ')).toEqual(['双减']);
    expect(highlight('a title', matchTerms(' a '))).toEqual([text('a title')]);
    expect(highlight('', ['x'])).toEqual([]);
  });
});

describe('resultLine', () => {
  it('names the city, then the value as the page shows it', () => {
    expect(resultLine({ title: 't', city: '合肥市', value: '3937人次' })).toBe('合肥市 · 3937人次');
    expect(resultLine({ city: 'Hefei', value: '3,937\u00A0person-times' })).toBe(
      'Hefei · 3,937\u00A0person-times',
    );
  });

  it('collapses whitespace Pagefind kept, and leaves out what a page does not have', () => {
    expect(resultLine({ city: ' 黄山市\n ', value: ' ≥\u00A01,700  person-times ' })).toBe(
      '黄山市 · ≥\u00A01,700 person-times',
    );
    expect(resultLine({ city: 'Hefei' })).toBe('Hefei');
    expect(resultLine({ title: 'About' })).toBe('');
  });
});

describe('safeHref', () => {
  it('accepts a path on this site only', () => {
    expect(safeHref('/figures/hefei/x/')).toBe('/figures/hefei/x/');
    for (const url of [
      '//evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
      'https://x/',
      '',
    ])
      expect(safeHref(url), url).toBeNull();
  });
});

describe('count messages', () => {
  const strings = (lang: 'zh' | 'en') => UI[lang].searchCount;

  it('fills {placeholders} and leaves unknown ones', () => {
    expect(fill('{shown} of {total} {x}', { shown: 10, total: 25 })).toBe('10 of 25 {x}');
    expect(fill('{constructor}', {})).toBe('{constructor}');
  });

  it.each([
    ['zh', 0, 0, '没有找到结果。'],
    ['zh', 1, 1, '共 1 条结果'],
    ['zh', 7, 7, '共 7 条结果'],
    ['zh', 10, 20, '共 20 条结果,显示前 10 条'],
    ['en', 0, 0, 'No results.'],
    ['en', 1, 1, '1 result'],
    ['en', 7, 7, '7 results'],
    ['en', 20, 25, 'Showing 20 of 25 results'],
  ] as const)('%s: %i shown of %i', (lang, shown, total, want) => {
    expect(countMessage(strings(lang), shown, total)).toBe(want);
  });
});
