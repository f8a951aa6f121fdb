// Each page's Content-Security-Policy. Inline scripts and styles run only by their sha256 hashes,
// which differ from page to page, so the build writes the policy into every page (integration.ts).

/**
 * Directives that are the same on every page and do not govern inline code. The page's <meta>
 * carries them, and public/_headers sends them as a header too (a test keeps the two equal).
 */
export const SHARED_DIRECTIVES: readonly string[] = [
  // The favicon is /favicon.svg; the charts are inline SVG; nothing uses data: or other hosts.
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export interface PageSources {
  /** "sha256-…" of each inline script the page runs. */
  scripts: readonly string[];
  /** "sha256-…" of each inline <style>. */
  styles: readonly string[];
  /** The page compiles WebAssembly (Pagefind's search index, should its worker fail). */
  wasm: boolean;
}

/** The policy of one page: 'self' plus the page's own hashes, never 'unsafe-inline'. */
export function pagePolicy({ scripts, styles, wasm }: PageSources): string {
  const quote = (s: string) => `'${s}'`;
  const script = ["'self'", ...(wasm ? ["'wasm-unsafe-eval'"] : []), ...scripts.map(quote)];
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    `style-src ${["'self'", ...styles.map(quote)].join(' ')}`,
    ...SHARED_DIRECTIVES,
  ].join('; ');
}
