// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from 'astro-pagefind';
import { defineConfig } from 'astro/config';
import config from './site.config.json' with { type: 'json' };

// The public address lives in site.config.json only; canonical links and citations take it from there.
export default defineConfig({
  site: config.site,
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !page.includes('/downloads/') && !page.includes('/embed/'),
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-Hans', en: 'en' } },
    }),
    // Builds the search index (per <html lang>) after the build; the search page loads it on demand.
    pagefind(),
  ],
  build: { format: 'directory' },
});
