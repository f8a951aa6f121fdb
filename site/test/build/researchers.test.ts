// Jargon for the public stays out of sight: code-point offsets, base-unit values, ids, checksums,
// file paths and BibTeX/CSL sit in "for researchers" sections that are closed by default.
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_HINT, distBuilt, loadPages, type Page } from '../lib/dist';
import { DATASETS, LANGS, figurePath, localePath, sourcePath } from '../lib/expected';

let pages: Map<string, Page>;
beforeAll(() => {
  if (!distBuilt()) throw new Error(BUILD_HINT);
  pages = loadPages();
});

/** The text of main outside every closed "for researchers" section, web addresses left out. */
function publicText(page: Page): string {
  const main = page.root.querySelector('main')!.clone() as HTMLElement;
  const hidden = main.querySelectorAll('details.for-researchers');
  for (const d of hidden) {
    expect(d.hasAttribute('open'), `${page.path}: a researchers' section is open`).toBe(false);
    d.remove();
  }
  return main.textContent.replace(/https?:\/\/[^\s,;，。)]+/g, '');
}

describe.each(LANGS)('%s', (lang) => {
  it('figure pages keep offsets, base values, ids and BibTeX in closed sections', () => {
    for (const d of DATASETS)
      for (const f of d.figures) {
        const page = pages.get(localePath(lang, figurePath(f)))!;
        const all = page.root.querySelector('main')!.textContent;
        const text = publicText(page);
        const offsets = `[${f.quote.start}, ${f.quote.end})`;
        expect(all, page.path).toContain(offsets);
        expect(all, page.path).toContain(f.global_id);
        expect(all, page.path).toMatch(/@(misc|dataset)\{/);
        expect(text, page.path).not.toContain(offsets);
        expect(text, page.path).not.toContain(f.global_id);
        expect(text, page.path).not.toMatch(/@(misc|dataset)\{/);
        expect(text, page.path).not.toContain('datapackage.json');
        expect(text, page.path).not.toContain(`${d.name}@`);
      }
  });

  it('source pages keep the SHA-256 in a closed section', () => {
    for (const d of DATASETS) {
      const page = pages.get(localePath(lang, sourcePath(d.city.slug)))!;
      for (const s of d.sources) {
        expect(page.html).toContain(s.sha256);
        expect(publicText(page)).not.toContain(s.sha256);
      }
    }
  });
});
