// Reading the built site in site/dist.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { listFiles, SITE_DIR } from './expected';

/** site/dist, or SITE_DIST (an absolute path) to check a copy of it. */
export const DIST = process.env.SITE_DIST || join(SITE_DIR, 'dist');

export const BUILD_HINT =
  `${DIST}/index.html is missing: run the site build first ` +
  '(cd site && PATH=../node_modules/.bin:$PATH node_modules/.bin/astro build, or pnpm build from the root)';

export function distBuilt(): boolean {
  return existsSync(join(DIST, 'index.html'));
}

/** The dist file a URL path is served from ("/a/" -> "a/index.html"), or null if there is none. */
export function fileOf(pathname: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return null;
  }
  if (rel.split('/').includes('..')) return null;
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const full = join(DIST, rel);
  return existsSync(full) && statSync(full).isFile() ? rel : null;
}

/** The URL path of a dist HTML file ("a/index.html" -> "/a/"; "404.html" -> "/404.html"). */
export function pathOf(file: string): string {
  return file === 'index.html' ? '/' : '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

export interface Page {
  /** URL path, e.g. "/en/cities/hefei/". */
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
  /** Every id (and a[name]) on the page: the fragments a link may point at. */
  ids: Set<string>;
  /** Ids that occur more than once. */
  duplicateIds: string[];
}

/** Every HTML page in dist, by URL path. */
export function loadPages(): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const file of listFiles(DIST).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(DIST, file), 'utf8');
    const root = parse(html, { comment: false });
    const ids = new Set<string>();
    const duplicateIds: string[] = [];
    for (const el of root.querySelectorAll('[id]')) {
      const id = el.getAttribute('id')!;
      if (ids.has(id)) duplicateIds.push(id);
      ids.add(id);
    }
    for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
    pages.set(pathOf(file), { path: pathOf(file), file, html, root, ids, duplicateIds });
  }
  return pages;
}

/** What the source reader shows, code point by code point. */
export interface SourceReading {
  /** The text shown, without the [n] reference marks. */
  chars: string[];
  /** For each code point: the figure ids of the highlights around it (mark.fig data-figures). */
  figures: string[][];
  /** For each code point: inside mark.excl. */
  excluded: boolean[];
  /** For each code point: the href of the link around it, if any. */
  hrefs: (string | null)[];
  /** span.q-anchor ids ("q-<figure-id>") with the offset they stand at. */
  anchors: Map<string, number>;
  /** hrefs of the [n] reference marks (sup.fig-ref a). */
  refHrefs: string[];
}

/** Walk a .source-text element, recording the highlights, marks and links over each code point. */
export function readSource(el: HTMLElement): SourceReading {
  const out: SourceReading = {
    chars: [],
    figures: [],
    excluded: [],
    hrefs: [],
    anchors: new Map(),
    refHrefs: [],
  };
  const walk = (node: Node, figs: string[], excl: boolean, href: string | null): void => {
    if (node.nodeType === 3) {
      for (const ch of node.text) {
        out.chars.push(ch);
        out.figures.push(figs);
        out.excluded.push(excl);
        out.hrefs.push(href);
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as HTMLElement;
    const tag = e.tagName.toLowerCase();
    if (tag === 'sup' && e.classList.contains('fig-ref')) {
      for (const a of e.querySelectorAll('a')) out.refHrefs.push(a.getAttribute('href') ?? '');
      return;
    }
    if (tag === 'span' && e.classList.contains('q-anchor'))
      out.anchors.set(e.getAttribute('id') ?? '', out.chars.length);
    if (tag === 'mark' && e.classList.contains('fig'))
      figs = [...figs, ...(e.getAttribute('data-figures') ?? '').split(/\s+/).filter(Boolean)];
    if (tag === 'mark' && e.classList.contains('excl')) excl = true;
    if (tag === 'a') href = e.getAttribute('href') ?? null;
    for (const child of e.childNodes) walk(child, figs, excl, href);
  };
  walk(el, [], false, null);
  return out;
}

/** Start offsets (in code points) of every occurrence of needle in chars, left to right, no overlaps. */
export function occurrences(chars: readonly string[], needle: string): number[] {
  const n = [...needle];
  const found: number[] = [];
  for (let i = 0; i + n.length <= chars.length; i++) {
    if (n.every((c, k) => chars[i + k] === c)) {
      found.push(i);
      i += n.length - 1;
    }
  }
  return found;
}

/** The @type values of every node in a JSON-LD value (following arrays and @graph). */
export function ldTypes(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(ldTypes);
  if (value === null || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own = o['@type'];
  return [
    ...(typeof own === 'string' ? [own] : Array.isArray(own) ? own.map(String) : []),
    ...ldTypes(o['@graph']),
  ];
}
