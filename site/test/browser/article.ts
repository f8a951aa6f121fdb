// A journalist's page: snippets copied from the site's "Embed" offers, pasted into a light news
// article on another site. Shared by embed.test.ts (site/dist) and the slow SITE_URL test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Frame, Page } from 'playwright-core';

export type SnippetKey = 'latest' | 'pinned' | 'script';

/** The snippet a built page offers under a chart, as its textarea holds it (what Copy copies). */
export function offeredSnippet(
  dist: string,
  pagePath: string,
  chartId: string,
  key: SnippetKey,
): string {
  const html = readFileSync(join(dist, pagePath.replace(/^\//, ''), 'index.html'), 'utf8');
  const textarea = parse(html).querySelector(`textarea#${chartId}-embed-${key}`);
  if (!textarea) throw new Error(`${pagePath} offers no ${key} snippet for ${chartId}`);
  return textarea.text;
}

/**
 * A snippet pasted into a page that reaches the site at `origin` (a local server): the site's
 * address in it is rewritten to the local one, and nothing else changes.
 */
export function pasted(snippet: string, address: string, origin: string): string {
  if (!snippet.includes(`"${address}/`)) throw new Error(`no ${address} in ${snippet}`);
  return snippet.replaceAll(`"${address}/`, `"${origin}/`);
}

/** A light news article with the pasted snippets between its paragraphs, each in div#e<i>. */
export function articlePage(pastedSnippets: readonly string[]): string {
  const para =
    '<p>The city reported its figures on governing off-campus tutoring in September. ' +
    'This paragraph stands for the article around the chart.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<style>body{margin:0;background:#fff;color:#111;font:18px/1.6 Georgia,serif}
article{max-width:680px;margin:0 auto;padding:0 16px}</style></head>
<body><article><h1>Tutoring rules, two years on</h1>${para}
${pastedSnippets.map((s, i) => `<div class="embed" id="e${i}">${s}</div>${para}`).join('\n')}
</article></body></html>`;
}

/** What a reader sees of one pasted embed on the article. */
export interface SeenEmbed {
  /** The frame's address, and the snippet's. */
  url: string;
  src: string;
  /** The snippet's height, the frame's on the page, and its document's scrollHeight. */
  height: number;
  frameHeight: number;
  scrollHeight: number;
  title: string;
  /** The embed body's computed background, and its relative luminance (0 black, 1 white). */
  background: string;
  luminance: number;
  /** Each credit and source link: where it goes, how it opens, and whether a reader can see it. */
  links: {
    text: string;
    href: string;
    target: string;
    rel: string;
    inView: boolean;
    onTop: boolean;
  }[];
}

/** Scroll to each pasted embed (they are loading="lazy"), wait for it, and look at it. */
export async function lookAtEmbeds(
  page: Page,
  pastedSnippets: readonly string[],
): Promise<SeenEmbed[]> {
  const seen: SeenEmbed[] = [];
  for (const [i, snippet] of pastedSnippets.entries()) {
    const iframe = page.locator(`#e${i} iframe`);
    await iframe.scrollIntoViewIfNeeded();
    const frame: Frame | null = await (await iframe.elementHandle())!.contentFrame();
    if (!frame) throw new Error(`#e${i} has no frame`);
    await frame.waitForSelector('.sj-embed-credit a[rel~="license"]');
    await frame.waitForLoadState('load');
    const inside = await frame.evaluate(() => {
      const bg = getComputedStyle(document.body).backgroundColor;
      const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number) as [number, number, number];
      const links = [...document.querySelectorAll<HTMLAnchorElement>('.sj-embed-foot a')].map(
        (a) => {
          const box = a.getClientRects()[0]!;
          const hit = document.elementFromPoint(box.left + 1, (box.top + box.bottom) / 2);
          return {
            text: a.textContent ?? '',
            href: a.getAttribute('href') ?? '',
            target: a.getAttribute('target') ?? '',
            rel: a.getAttribute('rel') ?? '',
            inView:
              box.top >= 0 &&
              box.bottom <= innerHeight &&
              box.left >= 0 &&
              box.right <= innerWidth &&
              a.checkVisibility(),
            onTop: hit === a || a.contains(hit),
          };
        },
      );
      return {
        scrollHeight: document.documentElement.scrollHeight,
        title: document.querySelector('h1')?.textContent ?? '',
        background: bg,
        luminance: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255,
        links,
      };
    });
    seen.push({
      url: frame.url(),
      src: /src="([^"]+)"/.exec(snippet)![1]!,
      height: Number(/height="(\d+)"/.exec(snippet)![1]),
      frameHeight: (await iframe.boundingBox())!.height,
      ...inside,
    });
  }
  return seen;
}
