import type { Dataset, Figure } from '@shuangjian/schema';
import type { Lang } from '../i18n/lang';

/** A text citation: the original publisher first, this project second, with version and URL. */
export function citeFigure(d: Dataset, f: Figure | null, lang: Lang, url: string): string {
  const s = d.sources.find((x) => x.id === (f?.source ?? d.sources[0]!.id))!;
  // The author without its parenthetical explanation: "合肥市", "Hefei Municipality".
  const author = s.author[lang].split(/[(\uFF08]/)[0]!.trim();
  const what = f ? (lang === 'zh' ? `数字 ${f.global_id}` : `figure ${f.global_id}`) : '';
  return lang === 'zh'
    ? `${author}:《${s.title.zh}》,${s.republication.publisher} ${s.republication.date} 转载,${s.republication.url}。收录于 双减治理数据 ${d.name} ${d.version}${what ? `,${what}` : ''},${url}。`
    : `${author}, “${s.title.en}” [${s.title.zh}], republished by ${s.republication.publisher}, ${s.republication.date}, ${s.republication.url}. In Shuangjian Data, ${d.name} ${d.version}${what ? `, ${what}` : ''}, ${url}.`;
}

/** The sentence around a quote: from the previous sentence end (or line start) to the next one. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { before: string; quote: string; after: string } {
  const chars = [...text];
  let a = start;
  while (a > 0 && !/[。\n;]/.test(chars[a - 1]!)) a--;
  let b = end;
  while (b < chars.length && !/[。\n;]/.test(chars[b - 1] ?? '')) b++;
  return {
    before: chars.slice(a, start).join(''),
    quote: chars.slice(start, end).join(''),
    after: chars.slice(end, b).join(''),
  };
}
