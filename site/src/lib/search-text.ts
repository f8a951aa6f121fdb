/**
 * The search page's text handling, kept free of the DOM so that unit tests run it in Node: reading
 * Pagefind's excerpts into plain text runs (marked or not), trimming them, marking matches in a
 * title, the result's city-and-value line and the count message. search-client.ts turns runs into
 * text nodes and <mark> elements; nothing here is ever parsed as HTML.
 */

/** A run of text: a match (shown in <mark>) or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Pagefind's excerpt as runs. Pagefind wraps matches in <mark>…</mark> and escapes only "<" and
 * ">" of the page's text (as &lt; and &gt;; "&" and quotes are left as they are), so those two
 * are decoded and everything else, including anything that looks like a tag or entity, stays text.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const out: Segment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part !== '') push(out, part.replace(/&lt;/g, '<').replace(/&gt;/g, '>'), mark);
  }
  return out;
}

/** Appends a run, joining it to the last one when both are marked or both are not. */
function push(out: Segment[], text: string, mark: boolean): void {
  const last = out.at(-1);
  if (last && last.mark === mark) last.text += text;
  else out.push({ text, mark });
}

/**
 * Whitespace and punctuation that may not start an excerpt: Pagefind's window often opens on the
 * tail of a sentence (". ", "。", ", ", ") "). An opening quote or bracket (“查处难”, (人次)) starts a
 * phrase and stays: every Unicode punctuation class but Ps (open) and Pi (initial quote).
 */
const STRAY = /^[\s\p{Pc}\p{Pd}\p{Pe}\p{Pf}\p{Po}]+/u;

/** True if a text starts with whitespace or stray punctuation (what trimLeading removes). */
export function startsStray(text: string): boolean {
  return STRAY.test(text);
}

/** The runs without the whitespace and stray punctuation at their start. */
export function trimLeading(segments: readonly Segment[]): Segment[] {
  const out = segments.map((s) => ({ ...s }));
  while (out.length > 0) {
    const first = out[0]!;
    first.text = first.text.replace(STRAY, '');
    if (first.text !== '') break;
    out.shift();
  }
  return out;
}

/** The text of runs, without the marks. */
export function plainText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

/** A term without the punctuation around it ("inspected;" -> "inspected", “双减” -> 双减). */
const bare = (term: string) => term.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');

/**
 * The words to mark in a result's title: those of the query and those Pagefind marked in the
 * excerpt (which include the forms it matched by stemming: "inspected" for "inspections"), without
 * surrounding punctuation; a single Latin letter or digit is too common to mark. Longest first.
 */
export function matchTerms(query: string, excerpt: readonly Segment[] = []): string[] {
  const words = [
    ...query.split(/\s+/),
    ...excerpt.filter((s) => s.mark).flatMap((s) => s.text.split(/\s+/)),
  ].map(bare);
  // One of each word, whatever its case (the first form seen); highlight() ignores case anyway.
  const unique = new Map<string, string>();
  for (const w of words)
    if (w !== '' && !/^[a-z0-9]$/i.test(w) && !unique.has(w.toLowerCase()))
      unique.set(w.toLowerCase(), w);
  return [...unique.values()].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** A text as runs with every occurrence of a term marked (ignoring case; longest term first). */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const usable = [...terms].filter((t) => t !== '').sort((a, b) => b.length - a.length);
  if (usable.length === 0 || text === '') return text === '' ? [] : [{ text, mark: false }];
  const pattern = new RegExp(usable.map(escapeRegExp).join('|'), 'giu');
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) push(out, text.slice(at, m.index), false);
    push(out, m[0], true);
    at = m.index + m[0].length;
  }
  if (at < text.length) push(out, text.slice(at), false);
  return out;
}

/** What a result's page says about itself (data-pagefind-meta): its city and, for a figure, its value. */
export interface ResultMeta {
  title?: string;
  city?: string;
  value?: string;
}

/** The line under a result's title: "合肥市 · 3937人次", "Hefei", or "" for a page of no one city. */
export function resultLine(meta: ResultMeta): string {
  return (
    [meta.city, meta.value]
      // Runs of whitespace become one space; a no-break space (1,700\u00A0person-times) stays.
      .map((s) => (s ?? '').replace(/[^\S\u00A0]+/g, ' ').trim())
      .filter((s) => s !== '')
      .join(' · ')
  );
}

/** A link target for a result: only a path on this site ("/…", not "//host"), else null. */
export function safeHref(url: string): string | null {
  return /^\/(?![/\\])/.test(url) ? url : null;
}

/** The search page's count messages, from the dictionary (site/src/i18n/ui.ts). */
export interface CountStrings {
  /** No match. */
  none: string;
  /** One match, shown. */
  one: string;
  /** Every match shown: "{total}" is replaced. */
  all: string;
  /** Some of the matches shown: "{shown}" and "{total}" are replaced. */
  some: string;
  /** The search index could not be loaded (offline, or a build without one). */
  failed: string;
}

/** A message template with {name} placeholders filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** What the status line says when `shown` of `total` results are listed. */
export function countMessage(strings: CountStrings, shown: number, total: number): string {
  if (total === 0) return strings.none;
  if (shown >= total) return total === 1 ? strings.one : fill(strings.all, { total });
  return fill(strings.some, { shown, total });
}
