// One pass over a built page, in one read of its text: the Content-Security-Policy <meta> with the
// hashes of the page's inline scripts and styles (../csp/policy.ts), and on an English page every
// Chinese run of the text marked lang="zh-Hans" (../chinese-runs.ts), so that screen readers read
// it in Chinese and browsers pick a Chinese font.
//
// The page is tokenised by htmlparser2 (elements, attributes, raw text of scripts and styles, void
// elements and implied end tags as a browser sees them), not scanned with patterns: attribute
// values may hold "<script>" or "onload=" as text. Only the source text between tokens is edited,
// so every byte the pass does not mean to change stays as Astro wrote it.
// Run in the build by src/middleware.ts, on each page before Astro writes it.
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { chineseRuns, hasChinese } from '../chinese-runs.ts';
import { pagePolicy } from '../csp/policy.ts';

const CHARSET = '<meta charset="utf-8">';
// Script types a browser runs; any other type (application/ld+json) is a data block, outside CSP.
const RUNS = /^(|module|importmap|speculationrules|(text|application)\/(java|ecma)script)$/i;
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

/** Only the search pages compile WebAssembly (Pagefind's, should its worker fail). */
export const compilesWasm = (pathname: string) =>
  /^\/(en\/)?search\/?(index\.html)?$/.test(pathname);

export interface PageOptions {
  /** Write the Content-Security-Policy <meta>; wasm: the page compiles WebAssembly (search). */
  policy?: { wasm: boolean };
  /** Mark the Chinese runs of an English page's text. */
  markChinese?: boolean;
}

/** What the pass found besides the new text. */
export interface PageResult {
  html: string;
  /** The <html lang>, or undefined. */
  lang: string | undefined;
  scripts: string[];
  styles: string[];
}

const sha256 = (text: string) =>
  // A browser hashes the text after its parser turned CR LF and lone CR into LF.
  `sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}`;

interface Frame {
  name: string;
  zh: boolean;
  skip: boolean;
  /** Where the element's content starts in the source (scripts and styles). */
  contentStart: number;
  runs: boolean;
}

/**
 * The page after the pass. Throws, naming the rule, where the policy would break the page: no
 * <meta charset="utf-8">, a script or style before it, a policy already there, or inline style or
 * event-handler attributes (which no hash can allow).
 */
export function processPage(html: string, options: PageOptions): PageResult {
  const edits: { start: number; end: number; text: string }[] = [];
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const blocked = new Set<string>();
  const stack: Frame[] = [];
  let lang: string | undefined;
  let english = false;
  let firstCode = Infinity; // where the first script or style starts
  let hasPolicy = false;
  // Text arrives in pieces (an entity is a piece of its own): [start, end) of the current run.
  let text: { start: number; end: number; zh: boolean; skip: boolean } | undefined;

  const flush = () => {
    if (!text) return;
    const { start, end, zh, skip } = text;
    text = undefined;
    if (!english || zh || skip) return;
    const raw = html.slice(start, end);
    if (!hasChinese(raw)) return;
    // Runs are found in the source text itself: entities are ASCII, so a run never splits one.
    const marked = chineseRuns(raw)
      .map((r) => (r.zh ? `<span lang="zh-Hans">${r.text}</span>` : r.text))
      .join('');
    edits.push({ start, end, text: marked });
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        flush();
        const parent = stack.at(-1);
        if (name === 'html' && lang === undefined) {
          lang = attribs.lang;
          english = Boolean(options.markChinese && lang?.toLowerCase().startsWith('en'));
        }
        for (const attr of Object.keys(attribs))
          if (/^(style|on[a-z]+)$/i.test(attr)) blocked.add(attr.toLowerCase());
        if (name === 'meta' && attribs['http-equiv']?.toLowerCase() === 'content-security-policy')
          hasPolicy = true;
        if (name === 'script' || name === 'style')
          firstCode = Math.min(firstCode, parser.startIndex);
        const own = attribs.lang;
        stack.push({
          name,
          zh: own === undefined ? (parent?.zh ?? false) : own.toLowerCase().startsWith('zh'),
          skip: (parent?.skip ?? false) || SKIP.has(name),
          contentStart: parser.endIndex + 1,
          runs:
            name === 'style' ||
            (name === 'script' && attribs.src === undefined && RUNS.test(attribs.type ?? '')),
        });
      },
      ontext() {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (text && text.end === start) text.end = end;
        else {
          flush();
          const top = stack.at(-1);
          text = { start, end, zh: top?.zh ?? false, skip: top?.skip ?? false };
        }
      },
      onclosetag(name, implied) {
        flush();
        const frame = stack.pop();
        if (!frame || frame.name !== name) throw new Error(`unbalanced </${name}>`);
        if (frame.runs) {
          const end = implied ? html.length : parser.startIndex;
          const content = html.slice(frame.contentStart, end);
          (name === 'style' ? styles : scripts).add(sha256(content));
        }
      },
      oncomment: () => flush(),
    },
    { decodeEntities: true },
  );
  parser.end(html);
  flush();

  if (options.policy) {
    const at = html.indexOf(CHARSET);
    if (at < 0) throw new Error(`no ${CHARSET} to put the policy after`);
    if (hasPolicy) throw new Error('the page already has a Content-Security-Policy <meta>');
    if (firstCode < at) throw new Error(`a script or style comes before ${CHARSET}`);
    if (blocked.size > 0)
      throw new Error(`inline ${[...blocked].join(', ')} attributes, which CSP blocks`);
    const policy = pagePolicy({ scripts: [...scripts], styles: [...styles], ...options.policy });
    const end = at + CHARSET.length;
    edits.push({
      start: end,
      end,
      text: `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    });
  }

  edits.sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let from = 0;
  for (const e of edits) {
    out.push(html.slice(from, e.start), e.text);
    from = e.end;
  }
  out.push(html.slice(from));
  return { html: out.join(''), lang, scripts: [...scripts], styles: [...styles] };
}
