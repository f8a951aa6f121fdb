// Every Chinese run a reader sees on an English page (a quoted term, a measure word, a note's 个次,
// an exclusion's reason, the methodology's examples) is marked lang="zh-Hans", so that screen
// readers switch voice and browsers pick a Chinese font. Components mark what they know; the
// post-build pass (src/lib/postbuild/page.ts) marks the rest.
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_HINT, distBuilt, loadPages } from '../lib/dist';

let english: { path: string; root: HTMLElement }[];
const READ_AS_BROWSER = { blockTextElements: { script: true, style: true } };
beforeAll(() => {
  if (!distBuilt()) throw new Error(BUILD_HINT);
  // Read as a browser does: <pre> is markup too (the BibTeX and CSL-JSON blocks).
  english = [...loadPages().values()]
    .map((p) => ({ path: p.path, root: parse(p.html, READ_AS_BROWSER) }))
    .filter((p) => p.root.querySelector('html')?.getAttribute('lang') === 'en');
});

const CHINESE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;
// Text that is not prose, or where no markup may go: a form's value, code shown to copy, a chart's SVG.
const UNMARKABLE = new Set(['script', 'style', 'textarea', 'option', 'svg', 'title', 'template']);

/** Every text node holding Chinese whose nearest lang attribute is not Chinese. */
function unmarkedChinese(body: HTMLElement): string[] {
  const found: string[] = [];
  const walk = (node: Node, lang: string) => {
    if (node.nodeType === 3) {
      if (!lang.startsWith('zh') && CHINESE.test(node.text))
        found.push(node.text.trim().slice(0, 80));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    if (UNMARKABLE.has(el.rawTagName?.toLowerCase())) return;
    const own = el.getAttribute('lang');
    for (const child of node.childNodes) walk(child, own ?? lang);
  };
  walk(body, 'en');
  return found;
}

describe('English pages', () => {
  it('are many: every page type in English is checked', () => {
    const kinds = new Set(english.map((p) => p.path.split('/')[2] ?? ''));
    for (const kind of ['', 'cities', 'figures', 'indicators', 'compare', 'methodology', 'embed'])
      expect(kinds, kind).toContain(kind);
  });

  it('mark every Chinese run in their body with a Chinese lang', () => {
    const problems = english.flatMap((p) =>
      unmarkedChinese(p.root.querySelector('body')!).map((t) => `${p.path}: "${t}"`),
    );
    expect(problems).toEqual([]);
  });

  it('the check above finds an unmarked Chinese word (its control)', () => {
    const body = parse(
      '<body><p>Staff (<span lang="zh-Hans">人员</span>) and 人次</p><pre lang="en"><code>[合肥]</code></pre><textarea>合肥</textarea></body>',
      READ_AS_BROWSER,
    ).querySelector('body')!;
    expect(unmarkedChinese(body)).toEqual([') and 人次', '[合肥]']);
  });
});
