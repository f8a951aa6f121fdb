// How to cite a new source: a government-document reference in CITATION.cff (one per source, as
// the site's citation test requires), its address among .zenodo.json's related identifiers, and
// the city among the keywords of both (which must stay equal).
import type { City, Source } from '@shuangjian/schema';
import { parse, stringify } from 'yaml';
import { appendToLists } from './yaml-append.ts';

/** The name a citation gives the author: the part before any parenthesis (as the site's publisherOf). */
const nameOf = (author: string) => author.split(/[(\uFF08]/)[0]!.trim();

const quoted = (s: string) => `'${s.replace(/'/g, "''")}'`;
const plain = (s: string) => stringify(s, { lineWidth: 0, singleQuote: true }).trimEnd();

/** The reference of a source, as a block sequence item at column 0, in CITATION.cff's style. */
export function citationReference(source: Source): string {
  const { publisher, date, url } = source.republication;
  return [
    '- type: government-document',
    `  title: ${plain(source.title.zh)}`,
    '  authors:',
    `    - name: ${plain(`${nameOf(source.author.zh)} ${nameOf(source.author.en)}`)}`,
    '  languages:',
    '    - zh',
    '  publisher:',
    `    name: ${plain(publisher)}`,
    `  date-published: ${quoted(date)}`,
    `  url: ${quoted(url)}`,
    `  notes: ${plain(`The copy published by ${publisher} on ${date}.`)}`,
    '',
  ].join('\n');
}

/** Keywords a new city adds: its English name and province, where not there yet. */
export function newKeywords(existing: readonly string[], city: Pick<City, 'name' | 'province'>) {
  return [city.name.en, city.province.en].filter(
    (k, i, all) => !existing.includes(k) && all.indexOf(k) === i,
  );
}

/** CITATION.cff with the source's reference (and keywords) appended. */
export function withCitation(cff: string, source: Source, keywords: readonly string[]): string {
  return appendToLists(cff, {
    references: citationReference(source),
    keywords: keywords.map((k) => `- ${plain(k)}\n`).join(''),
  });
}

/** The index of the `]` closing the JSON array that opens at `open` (strings skipped). */
function arrayEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error('an array is not closed');
}

/**
 * JSON text with `items` appended to the top-level array `key`, spliced into the text so that the
 * rest keeps its layout (Prettier keeps an object on one line only where it was).
 */
export function appendToJsonArray(text: string, key: string, items: unknown[]): string {
  if (items.length === 0) return text;
  const value = JSON.parse(text) as Record<string, unknown>;
  const at = new RegExp(`(?:^|[{,])\\s*${JSON.stringify(key)}\\s*:\\s*\\[`, 'm').exec(text);
  if (!at || !Array.isArray(value[key])) throw new Error(`has no top-level "${key}" list`);
  const end = arrayEnd(text, at.index + at[0].length - 1);
  const empty = (value[key] as unknown[]).length === 0;
  const added = items.map((item) => JSON.stringify(item, null, 2)).join(', ');
  const out = `${text.slice(0, end)}${empty ? '' : ', '}${added}${text.slice(end)}`;
  const expected = { ...value, [key]: [...(value[key] as unknown[]), ...items] };
  if (JSON.stringify(JSON.parse(out)) !== JSON.stringify(expected))
    throw new Error(`would not read back as its "${key}" list plus the additions`);
  return out;
}

/** .zenodo.json with the source's address as a related identifier and the keywords appended. */
export function withZenodo(text: string, url: string, keywords: readonly string[]): string {
  const related = (JSON.parse(text) as { related_identifiers?: { identifier: string }[] })
    .related_identifiers;
  const withKeywords = appendToJsonArray(text, 'keywords', [...keywords]);
  return related?.some((r) => r.identifier === url)
    ? withKeywords
    : appendToJsonArray(withKeywords, 'related_identifiers', [
        {
          identifier: url,
          relation: 'isDerivedFrom',
          scheme: 'url',
          resource_type: 'publication-report',
        },
      ]);
}

/**
 * CITATION.cff and .zenodo.json (repository path -> new text) for a new source; the city's names
 * join the keywords when `city` is given (a new city).
 */
export function citationFiles(
  cff: string,
  zenodo: string,
  source: Source,
  city?: Pick<City, 'name' | 'province'>,
): Map<string, string> {
  const existing = ((parse(cff) as { keywords?: string[] }).keywords ?? []).map(String);
  const keywords = city ? newKeywords(existing, city) : [];
  return new Map([
    ['CITATION.cff', withCitation(cff, source, keywords)],
    ['.zenodo.json', withZenodo(zenodo, source.republication.url, keywords)],
  ]);
}
