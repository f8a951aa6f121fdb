/** Escape text for a double-quoted HTML attribute or for text shown as code. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The iframe heights embed.js accepts; a snippet's fixed height must lie within them too. */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 10000;

/**
 * The copy-paste iframe: works without any script, at a fixed height, full width, lazily loaded,
 * titled for screen readers with the chart's title.
 */
export function iframeSnippet(o: { src: string; title: string; height: number }): string {
  if (!/^https?:\/\//.test(o.src)) throw new Error(`embed src must be an absolute URL: ${o.src}`);
  if (!Number.isInteger(o.height) || o.height < MIN_HEIGHT || o.height > MAX_HEIGHT)
    throw new Error(`embed height ${o.height} is not a whole number of pixels in 50..10000`);
  return (
    `<iframe src="${escapeHtml(o.src)}" title="${escapeHtml(o.title)}" height="${o.height}"` +
    ` loading="lazy" style="width:100%;border:0"></iframe>`
  );
}

/** The optional parent script: once per page, it fits every embed's height to its content. */
export function scriptSnippet(src: string): string {
  if (!/^https?:\/\//.test(src)) throw new Error(`script src must be an absolute URL: ${src}`);
  return `<script async src="${escapeHtml(src)}"></script>`;
}
