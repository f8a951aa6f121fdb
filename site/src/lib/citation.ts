import type { Dataset, Figure, Source } from '@shuangjian/schema';
import { HTML_LANG, type Lang } from '../i18n/lang';
import { strings } from '../i18n/strings';

/** This project, as it is named in every citation (second, after the original publisher). */
export const PROJECT_NAME = 'Shuangjian Data (双减治理数据)';

/** The source a citation credits: the figure's own, or the dataset's first. */
function sourceOf(d: Dataset, f: Figure | null): Source {
  return d.sources.find((x) => x.id === (f?.source ?? d.sources[0]!.id))!;
}

type Republication = Source['republication'];

const T = strings({
  zh: {
    figure: (id: string) => `数字 ${id}`,
    cite: (author: string, s: Source, d: Dataset, what: string, url: string) =>
      `${author}:《${s.title.zh}》,${s.republication.publisher} ${s.republication.date} 转载,${s.republication.url}。收录于 双减治理数据 ${d.name} ${d.version}${what ? `,${what}` : ''},${url}。`,
    credit: (author: string, s: Source, url: string) =>
      `${author}:《${s.title.zh}》(${s.republication.publisher} ${s.republication.date} 转载);双减治理数据整理,${url}`,
    report: (s: Source) => s.title.zh,
    title: (report: string, f: Figure) => `${report}:${f.title.zh}`,
    noteBefore: (f: Figure | null, r: Republication) =>
      `${f ? `数字 ${f.global_id}。` : ''}${r.publisher} ${r.date} 转载:`,
    noteAfter: (project: string, d: Dataset) =>
      `。收录于 ${project},数据包 ${d.name},版本 ${d.version}。`,
    /** BibTeX's language field (babel's name). */
    bibtexLanguage: 'chinese',
  },
  en: {
    figure: (id: string) => `figure ${id}`,
    cite: (author: string, s: Source, d: Dataset, what: string, url: string) =>
      `${author}, “${s.title.en}” [${s.title.zh}], republished by ${s.republication.publisher}, ${s.republication.date}, ${s.republication.url}. In Shuangjian Data, ${d.name} ${d.version}${what ? `, ${what}` : ''}, ${url}.`,
    credit: (author: string, s: Source, url: string) =>
      `${author}, “${s.title.en}” (republished by ${s.republication.publisher}, ${s.republication.date}); compiled by Shuangjian Data, ${url}`,
    report: (s: Source) => `${s.title.en} [${s.title.zh}]`,
    title: (report: string, f: Figure) => `${report}: ${f.title.en}`,
    noteBefore: (f: Figure | null, r: Republication) =>
      `${f ? `Figure ${f.global_id}. ` : ''}Republished by ${r.publisher}, ${r.date}: `,
    noteAfter: (project: string, d: Dataset) =>
      `. In ${project}, dataset package ${d.name}, version ${d.version}.`,
    bibtexLanguage: 'english',
  },
});

/** The original publisher: the source's author without its parenthetical ("合肥市", "Hefei Municipality"). */
export function publisherOf(source: Pick<Source, 'author'>, lang: Lang): string {
  return source.author[lang].split(/[(\uFF08]/)[0]!.trim();
}

/** A text citation: the original publisher first, this project second, with version and URL. */
export function citeFigure(d: Dataset, f: Figure | null, lang: Lang, url: string): string {
  const s = sourceOf(d, f);
  const author = publisherOf(s, lang);
  const what = f ? T[lang].figure(f.global_id) : '';
  return T[lang].cite(author, s, d, what, url);
}

/**
 * A credit line for the public and for journalists: the original publisher and report first, then
 * this project and the page; no package ids or versions (those are in citeFigure, for researchers).
 */
export function creditLine(d: Dataset, f: Figure | null, lang: Lang, url: string): string {
  const s = sourceOf(d, f);
  const author = publisherOf(s, lang);
  return T[lang].credit(author, s, url);
}

/** A text citation of a whole city dataset (its first source, the package and version, the city page). */
export function citeDataset(d: Dataset, lang: Lang, url: string): string {
  return citeFigure(d, null, lang, url);
}

/** A stable citation key: "shuangjian-hefei-0.1.0", "shuangjian-hefei-<figure-id>-0.1.0". */
export function citationKey(d: Dataset, f: Figure | null): string {
  return ['shuangjian', d.city.slug, ...(f ? [f.id] : []), d.version].join('-');
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text for a BibTeX field, with every LaTeX special character escaped; braces stay balanced. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) => BIBTEX_SPECIAL[c]!);
}

/** A URL for a verbatim BibTeX `url` field: characters that could unbalance braces are percent-encoded. */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));
}

/** \url{...} for use inside another field, where % and # must be escaped (url package manual). */
function bibtexUrlCommand(url: string): string {
  return `\\url{${bibtexUrl(url).replace(/[%#]/g, (c) => `\\${c}`)}}`;
}

/** The title of the cited work: the report's, with the figure's label after it for a figure. */
function titleOf(s: Source, f: Figure | null, lang: Lang): string {
  const report = T[lang].report(s);
  if (!f) return report;
  return T[lang].title(report, f);
}

/**
 * The note: where the text was republished, and the package and version that carry it. `text`
 * escapes the words and `url` formats the republication address (both identity for CSL-JSON).
 */
function noteOf(
  d: Dataset,
  s: Source,
  f: Figure | null,
  lang: Lang,
  text: (t: string) => string,
  url: (u: string) => string,
): string {
  const r = s.republication;
  const [before, after] = [T[lang].noteBefore(f, r), T[lang].noteAfter(PROJECT_NAME, d)];
  return text(before) + url(r.url) + text(after);
}

/**
 * A BibTeX @misc entry: author is the original publisher (braced, as a corporate name), year from
 * the source's publication date, the page URL, and a note naming the package and version.
 */
export function toBibtex(d: Dataset, f: Figure | null, lang: Lang, url: string): string {
  const s = sourceOf(d, f);
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(publisherOf(s, lang))}}`],
    ['title', `{${bibtexEscape(titleOf(s, f, lang))}}`],
    ['year', s.republication.date.slice(0, 4)],
    ['howpublished', bibtexUrlCommand(url)],
    ['url', bibtexUrl(url)],
    ['version', bibtexEscape(d.version)],
    ['language', T[lang].bibtexLanguage],
    ['note', noteOf(d, s, f, lang, bibtexEscape, bibtexUrlCommand)],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n');
  return `@misc{${citationKey(d, f)},\n${body}\n}`;
}

/** One CSL-JSON item (the format Zotero, Pandoc and citeproc read). */
export interface CslItem {
  id: string;
  type: 'dataset';
  title: string;
  author: { literal: string }[];
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  version: string;
  publisher: string;
  note: string;
  language: string;
}

/** A CSL-JSON item: type dataset, the original publisher as a literal author, this project as publisher. */
export function toCslJson(d: Dataset, f: Figure | null, lang: Lang, url: string): CslItem {
  const s = sourceOf(d, f);
  const [y, m, day] = s.republication.date.split('-').map(Number) as [number, number, number];
  return {
    id: citationKey(d, f),
    type: 'dataset',
    title: titleOf(s, f, lang),
    author: [{ literal: publisherOf(s, lang) }],
    issued: { 'date-parts': [[y, m, day]] },
    URL: url,
    version: d.version,
    publisher: PROJECT_NAME,
    note: noteOf(
      d,
      s,
      f,
      lang,
      (t) => t,
      (u) => u,
    ),
    language: HTML_LANG[lang],
  };
}

/** CSL-JSON text to copy: an array of items, two-space indent, date parts on one line. */
export function cslJsonText(items: readonly CslItem[]): string {
  // Match only across line breaks, which JSON strings cannot hold, so no string is touched.
  return JSON.stringify(items, null, 2)
    .replace(
      /\[\n\s*(\d+(?:,\n\s*\d+)*)\n\s*\]/g,
      (_, n: string) => `[${n.split(/,\n\s*/).join(', ')}]`,
    )
    .replace(/\[\n\s*(\[[\d, ]*\])\n\s*\]/g, '[$1]');
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
