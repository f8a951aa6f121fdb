// A built page's inline scripts and styles, hashed, and the page with its policy in a <meta>.
import { createHash } from 'node:crypto';
import { pagePolicy } from './policy';

// Astro escapes "<" and ">" in text and attribute values, so in its output "<script" and "<style"
// open elements, and their raw text ends at the first "</script" or "</style", as in a browser.
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
// Script types a browser runs; any other type (application/ld+json) is a data block, outside CSP.
const RUNS = /^(|module|importmap|speculationrules|(text|application)\/(java|ecma)script)$/i;
// Inline style attributes and event handlers: the policy blocks them, and no hash can allow them.
const BLOCKED_ATTRIBUTE = /<[a-z][^>]*?\s(style|on[a-z]+)\s*=/gi;
const CHARSET = '<meta charset="utf-8">';

const sha256 = (text: string) =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The distinct hashes of a page's inline scripts that run and of its inline styles, in page order. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, tag, attrs, body] of html.matchAll(INLINE)) {
    if (tag!.toLowerCase() === 'style') styles.add(sha256(body!));
    else if (/\ssrc\s*=/i.test(attrs!)) continue;
    else if (RUNS.test(/\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs!)?.[1] ?? ''))
      scripts.add(sha256(body!));
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
  if (/http-equiv=["']?content-security-policy/i.test(html))
    throw new Error('the page already has a Content-Security-Policy <meta>');
  const first = html.search(/<(script|style)\b/i);
  if (first >= 0 && first < at) throw new Error(`a script or style comes before ${CHARSET}`);
  const blocked = [...html.matchAll(BLOCKED_ATTRIBUTE)].map((m) => m[1]!.toLowerCase());
  if (blocked.length > 0)
    throw new Error(`inline ${[...new Set(blocked)].join(', ')} attributes, which CSP blocks`);
  const policy = pagePolicy({ ...inlineHashes(html), ...options });
  const end = at + CHARSET.length;
  return `${html.slice(0, end)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(end)}`;
}
