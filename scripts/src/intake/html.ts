// The main text of a saved HTML page (Mozilla's Readability on a linkedom document), as
// paragraphs joined with line feeds, with what the page says about itself: title, address, date
// and site name.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The few DOM members used here (the scripts are type-checked without the DOM library). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomDocument {
  title: string;
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

export interface HtmlExtract {
  /** Paragraphs joined with \n; '' when the page has no main text. */
  text: string;
  title?: string;
  /** The page's canonical address (link rel=canonical, og:url). */
  url?: string;
  /** YYYY-MM-DD from article:published_time, PubDate and the like. */
  published?: string;
  /** The site's name (og:site_name, SiteName). */
  publisher?: string;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements that start and end a paragraph of the text. */
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION CENTER DD DETAILS DIV DL DT FIELDSET FIGCAPTION ' +
    'FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE ' +
    'TBODY TFOOT THEAD TR UL'
  ).split(' '),
);
/** Never text a reader sees. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);
/** Stands for the tab between table cells while white space is collapsed. */
const CELL = '\u0000';
/** HTML's collapsible white space (not the no-break or ideographic space, which are text). */
const HTML_SPACE = /[ \t\n\r\f]+/g;
const trimHtmlSpace = (s: string) => s.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');

/**
 * The text of a node as paragraphs: a block element or <br> ends a line; runs of HTML white space
 * become one space, as a browser shows them; table cells are separated by a tab.
 */
export function paragraphs(root: DomNode): string[] {
  const lines: string[] = [];
  let line = '';
  const end = () => {
    const cells = line.split(CELL).map((cell) => trimHtmlSpace(cell.replace(HTML_SPACE, ' ')));
    const text = cells.join('\t');
    if (text.trim() !== '') lines.push(text);
    line = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') return end();
    const block = BLOCKS.has(name);
    if (block) end();
    if ((name === 'TD' || name === 'TH') && trimHtmlSpace(line) !== '') line += CELL;
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) end();
  };
  walk(root);
  end();
  return lines;
}

/**
 * Fewer characters than this (white space aside) is no main text: what Readability falls back to on
 * a page without an article is a menu or a breadcrumb, never a report.
 */
export const MIN_MAIN_TEXT = 20;

export const hasMainText = (text: string) => text.replace(/\s/gu, '').length >= MIN_MAIN_TEXT;

const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/** YYYY-MM-DD from the first date in a value such as "2023-09-27T10:00:00+08:00" or "2023年9月27日". */
export function isoDate(value: string | null | undefined): string | undefined {
  const m = value ? DATE.exec(value) : null;
  if (!m) return undefined;
  const [y, mo, d] = [m[1]!, m[2]!.padStart(2, '0'), m[3]!.padStart(2, '0')];
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${mo}-${d}`)
    ? `${y}-${mo}-${d}`
    : undefined;
}

function attribute(doc: DomDocument, selectors: string[], name: string): string | undefined {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

const clean = (s: string | null | undefined) => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

/** The main text of an HTML page and what its head says about it. */
export function extractHtml(html: string): HtmlExtract {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  // Read before Readability, which changes the document.
  const url =
    attribute(document, ['link[rel="canonical"]'], 'href') ??
    attribute(document, ['meta[property="og:url"]', 'meta[name="og:url"]'], 'content');
  const published = isoDate(
    attribute(
      document,
      [
        'meta[property="article:published_time"]',
        'meta[name="article:published_time"]',
        'meta[name="PubDate"]',
        'meta[name="pubdate"]',
        'meta[name="publishdate"]',
        'meta[name="publish_date"]',
        'meta[itemprop="datePublished"]',
        'meta[name="dc.date"]',
        'meta[name="DC.date"]',
      ],
      'content',
    ),
  );
  const siteName = attribute(
    document,
    ['meta[property="og:site_name"]', 'meta[name="SiteName"]', 'meta[name="sitename"]'],
    'content',
  );
  const headTitle = clean(document.title);
  // Pages title themselves "<article>_<column>_<site>": the article's own heading, when the page
  // title holds it, is the report's title.
  const heading = Array.from(document.querySelectorAll('h1'))
    .map((h) => clean(h.textContent))
    .find((h) => h !== undefined && headTitle?.includes(h));
  const article = new Readability(document as never, {
    // The node itself, to read its paragraphs, instead of serialised HTML.
    serializer: (node) => node as unknown as DomNode,
  }).parse();
  const text = article?.content ? paragraphs(article.content).join('\n') : '';
  return {
    text,
    title: heading ?? clean(article?.title) ?? headTitle,
    url,
    published: published ?? isoDate(article?.publishedTime),
    publisher: siteName ?? clean(article?.siteName),
  };
}
