// On an English page, every Chinese run in the text (a quoted term, a measure word, a title, a
// note's 个次) is marked lang="zh-Hans", so that screen readers read it in Chinese and browsers pick
// a Chinese font. Components mark what they know (MixedText); this pass, run on every built page,
// marks the rest: notes, chart notes, exclusion reasons, prose. Run by Node itself (worker.ts), so
// imports name their .ts files.
import { parse } from 'parse5';
import { chineseRuns, hasChinese } from '../chinese-runs.ts';

/** Elements whose text is not marked: no markup may go inside them, or it is not shown as text. */
const SKIP = new Set([
  'head',
  'title',
  'script',
  'style',
  'textarea',
  'option',
  'svg',
  'math',
  'template',
]);

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

/** The page's language as its <html lang> says, or undefined. */
function pageLang(doc: Node): string | undefined {
  const html = doc.childNodes?.find((n) => n.tagName === 'html');
  return html?.attrs?.find((a) => a.name === 'lang')?.value;
}

/**
 * The page with each Chinese run outside a lang="zh…" element wrapped in
 * <span lang="zh-Hans">; a page whose <html lang> is not English comes back unchanged.
 */
export function markChineseRuns(html: string): string {
  if (!hasChinese(html)) return html;
  const doc = parse(html, { sourceCodeLocationInfo: true }) as unknown as Node;
  if (!pageLang(doc)?.startsWith('en')) return html;
  const edits: { start: number; end: number; text: string }[] = [];
  const walk = (node: Node, zh: boolean) => {
    if (node.nodeName === '#text') {
      const at = node.sourceCodeLocation;
      if (zh || !at || !hasChinese(node.value ?? '')) return;
      // Runs are found in the source text itself: entities are ASCII, so a run never splits one.
      const raw = html.slice(at.startOffset, at.endOffset);
      const text = chineseRuns(raw)
        .map((r) => (r.zh ? `<span lang="zh-Hans">${r.text}</span>` : r.text))
        .join('');
      edits.push({ start: at.startOffset, end: at.endOffset, text });
      return;
    }
    if (node.tagName && SKIP.has(node.tagName)) return;
    const lang = node.attrs?.find((a) => a.name === 'lang')?.value;
    const inZh = lang === undefined ? zh : lang.toLowerCase().startsWith('zh');
    for (const child of node.childNodes ?? []) walk(child, inZh);
  };
  walk(doc, false);
  let out = html;
  for (const { start, end, text } of edits.reverse())
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}
