// Every reference a built page makes (href, src, CSS url() and @import), checked against dist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { DIST, fileOf, type Page } from './dist';
import { SITE_ORIGIN } from './expected';

export interface ReferenceReport {
  /** Internal references with no file in dist, or a #fragment with no such id on the target. */
  broken: string[];
  /** Resources (scripts, styles, images, fonts, ...) loaded from another host. */
  offsite: string[];
}

// Elements whose reference the browser follows on its own (a resource), unlike a link the reader follows.
const NAVIGATION = new Set(['a', 'area']);
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'data', 'xlink:href', 'action'];
const SKIPPED_SCHEMES = /^(?:mailto|tel|data|javascript):/i;

function referencesOf(el: HTMLElement): { attr: string; value: string }[] {
  const refs = URL_ATTRIBUTES.filter((a) => el.hasAttribute(a)).map((a) => ({
    attr: a,
    value: el.getAttribute(a)!.trim(),
  }));
  for (const a of ['srcset', 'imagesrcset']) {
    const set = el.getAttribute(a);
    if (set)
      for (const part of set.split(','))
        refs.push({ attr: a, value: part.trim().split(/\s+/)[0]! });
  }
  return refs;
}

/** url(...) and @import targets in a piece of CSS. */
export function cssReferences(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)].map((m) => m[2]!.trim());
  const imports = [...css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)].map((m) => m[2]!.trim());
  return [...urls, ...imports];
}

const cache = new WeakMap<Map<string, Page>, ReferenceReport>();

export function checkReferences(pages: Map<string, Page>): ReferenceReport {
  const cached = cache.get(pages);
  if (cached) return cached;
  const report: ReferenceReport = { broken: [], offsite: [] };
  const site = new URL(SITE_ORIGIN);
  const idsOf = (path: string, file: string) =>
    (pages.get(path) ?? [...pages.values()].find((p) => p.file === file))?.ids;

  const check = (from: string, what: string, value: string, base: string, resource: boolean) => {
    if (value === '' || SKIPPED_SCHEMES.test(value)) return;
    let url: URL;
    try {
      url = new URL(value, base);
    } catch {
      report.broken.push(`${from}: ${what}="${value}" is not a URL`);
      return;
    }
    if (url.origin !== site.origin) {
      if (resource) report.offsite.push(`${from}: ${what}="${value}"`);
      return;
    }
    const file = fileOf(url.pathname);
    if (!file) {
      report.broken.push(`${from}: ${what}="${value}": no file for ${url.pathname}`);
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && file.endsWith('.html') && !idsOf(url.pathname, file)?.has(fragment))
      report.broken.push(`${from}: ${what}="${value}": no id "${fragment}" on ${url.pathname}`);
  };

  const checkCss = (from: string, css: string, base: string) => {
    for (const ref of cssReferences(css)) check(from, 'css url', ref, base, true);
  };

  const stylesheets = new Set<string>();
  for (const page of pages.values()) {
    const base = SITE_ORIGIN + page.path;
    for (const el of page.root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      for (const { attr, value } of referencesOf(el)) {
        const resource = !NAVIGATION.has(tag) && attr !== 'action';
        check(page.path, `<${tag} ${attr}`, value, base, resource);
        const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
        if (tag === 'link' && rel.includes('stylesheet')) {
          const url = new URL(value, base);
          const file = url.origin === site.origin ? fileOf(url.pathname) : null;
          if (file) stylesheets.add(file);
        }
      }
      const style = el.getAttribute('style');
      if (style) checkCss(page.path, style, base);
      if (tag === 'style') checkCss(page.path, el.rawText, base);
    }
  }
  for (const file of stylesheets)
    checkCss(`/${file}`, readFileSync(join(DIST, file), 'utf8'), `${SITE_ORIGIN}/${file}`);

  cache.set(pages, report);
  return report;
}
