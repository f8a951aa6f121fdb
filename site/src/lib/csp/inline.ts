// A built page's inline scripts and styles, hashed, and the page with its policy in a <meta>.
import { createHash } from 'node:crypto';
import { parse } from 'parse5';
import { pagePolicy } from './policy.ts';

// The page is parsed as a browser parses it (parse5, the WHATWG algorithm), not scanned with
// patterns: attribute values may hold "<script>" or "onload=" as text (Astro escapes quotes in
// attributes, not "<"), and data must never reach the policy.
// Script types a browser runs; any other type (application/ld+json) is a data block, outside CSP.
const RUNS = /^(|module|importmap|speculationrules|(text|application)\/(java|ecma)script)$/i;
const CHARSET = '<meta charset="utf-8">';

const sha256 = (text: string) =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

interface Element {
  tagName: string;
  attrs: { name: string; value: string }[];
  text: string;
}

/** Every element of a page, in document order, with its attributes and its raw text content. */
function elements(html: string): Element[] {
  type Node = {
    tagName?: string;
    attrs?: { name: string; value: string }[];
    value?: string;
    childNodes?: Node[];
    content?: Node;
  };
  const out: Element[] = [];
  const walk = (node: Node) => {
    if (node.tagName) {
      const text = (node.childNodes ?? []).map((c) => c.value ?? '').join('');
      out.push({ tagName: node.tagName, attrs: node.attrs ?? [], text });
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  return out;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The distinct hashes of a page's inline scripts that run and of its inline styles, in page order. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  return hashesOf(elements(html));
}

function hashesOf(all: Element[]): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const el of all) {
    if (el.tagName === 'style') styles.add(sha256(el.text));
    else if (
      el.tagName === 'script' &&
      attr(el, 'src') === undefined &&
      RUNS.test(attr(el, 'type') ?? '')
    )
      scripts.add(sha256(el.text));
  }
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * The page with <meta http-equiv="Content-Security-Policy"> right after its <meta charset>, so
 * that it comes before every script and style. Throws where the policy would break the page.
 */
export function withPolicy(html: string, options: { wasm: boolean }): string {
  const at = html.indexOf(CHARSET);
  if (at < 0) throw new Error(`no ${CHARSET} to put the policy after`);
  const all = elements(html);
  if (
    all.some(
      (el) =>
        el.tagName === 'meta' &&
        attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy',
    )
  )
    throw new Error('the page already has a Content-Security-Policy <meta>');
  // In document order (parse5 builds the tree in source order for these head elements).
  const charset = all.findIndex((el) => el.tagName === 'meta' && attr(el, 'charset') !== undefined);
  if (all.slice(0, charset).some((el) => el.tagName === 'script' || el.tagName === 'style'))
    throw new Error(`a script or style comes before ${CHARSET}`);
  // Inline style attributes and event handlers: the policy blocks them, and no hash can allow them.
  const blocked = all.flatMap((el) =>
    el.attrs.map((a) => a.name).filter((name) => /^(style|on[a-z]+)$/i.test(name)),
  );
  if (blocked.length > 0)
    throw new Error(
      `inline ${[...new Set(blocked.map((b) => b.toLowerCase()))].join(', ')} attributes, which CSP blocks`,
    );
  const policy = pagePolicy({ ...hashesOf(all), ...options });
  const end = at + CHARSET.length;
  return `${html.slice(0, end)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(end)}`;
}
