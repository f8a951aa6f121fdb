import { describe, expect, it } from 'vitest';
import { pagePolicy } from '../csp/policy';
import { processPage } from './page';

// The Content-Security-Policy half of page.ts's pass.
const inlineHashes = (html: string) => {
  const { scripts, styles } = processPage(html, {});
  return { scripts, styles };
};
const withPolicy = (html: string, policy: { wasm: boolean }) => processPage(html, { policy }).html;

// MDN's example: <script>alert('Hello, world.');</script> is allowed by this hash.
const HELLO = "alert('Hello, world.');";
const HELLO_HASH = 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=';

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('inlineHashes', () => {
  it('hashes the exact text of inline scripts and styles, once each, in page order', () => {
    const html = page(
      `<script>${HELLO}</script><style>p{color:red}</style>`,
      `<script type="module">${HELLO}</script><SCRIPT>x()</SCRIPT ><style media="print">p{}</style>`,
    );
    const { scripts, styles } = inlineHashes(html);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe(HELLO_HASH);
    expect(styles).toHaveLength(2);
    expect(styles.every((h) => /^sha256-[A-Za-z0-9+/]{43}=$/.test(h))).toBe(true);
  });

  it('leaves out data blocks and scripts loaded by URL', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"Dataset"}</script>' +
        '<script type="module" src="/_astro/a.js"></script><script src=/b.js></script>',
    );
    expect(inlineHashes(html)).toEqual({ scripts: [], styles: [] });
  });

  it('counts JavaScript MIME types and import maps as scripts that run', () => {
    for (const type of ['text/javascript', 'application/javascript', 'importmap', "'module'"])
      expect(inlineHashes(page(`<script type=${type}>${HELLO}</script>`)).scripts).toEqual([
        HELLO_HASH,
      ]);
  });
});

describe('withPolicy', () => {
  it('puts the policy right after <meta charset>, with the hashes of that page only', () => {
    const html = page(`<style>p{}</style>`, `<script>${HELLO}</script>`);
    const out = withPolicy(html, { wasm: false });
    const policy = pagePolicy({ ...inlineHashes(html), wasm: false });
    expect(out).toBe(
      html.replace(
        '<meta charset="utf-8">',
        `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}">`,
      ),
    );
    expect(policy).toContain(`script-src 'self' '${HELLO_HASH}';`);
    expect(policy).not.toMatch(/unsafe-inline|wasm/);
    expect(withPolicy(html, { wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval' '");
  });

  it('is deterministic', () => {
    const html = page(`<style>a{}</style><script>${HELLO}</script>`);
    expect(withPolicy(html, { wasm: false })).toBe(withPolicy(html, { wasm: false }));
  });

  it.each([
    ['no <meta charset>', '<html><head></head></html>', /no <meta charset/],
    [
      'a policy already',
      page('<meta http-equiv="content-security-policy" content="x">'),
      /already/,
    ],
    ['a style attribute', page('', '<p style="color:red">x</p>'), /inline style attributes/],
    ['an event handler', page('', '<img src="/a.png" onerror="x()">'), /inline onerror/],
    [
      'a style before the charset',
      '<html><head><style>p{}</style><meta charset="utf-8"></head></html>',
      /before/,
    ],
  ])('refuses a page with %s', (_, html, error) => {
    expect(() => withPolicy(html, { wasm: false })).toThrow(error);
  });

  it('reads markup inside attribute values as text: it neither blocks the page nor is hashed', () => {
    // A label in an aria-label: Astro escapes the quote but not "<" or ">".
    const label =
      '数字 8: &quot;><svg onload=window.__xss=1></script><script>window.__xss=1</script>';
    const html = page('', `<a href="/f/" aria-label="${label}">x</a>`);
    expect(inlineHashes(html)).toEqual({ scripts: [], styles: [] });
    expect(withPolicy(html, { wasm: false })).toContain("script-src 'self';");
  });

  it('does not mistake attributes that merely end in "style" or start with "data-on"', () => {
    const html = page('', '<svg><text font-style="italic" data-onload="1">x</text></svg>');
    expect(() => withPolicy(html, { wasm: false })).not.toThrow();
  });
});
