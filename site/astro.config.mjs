// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from 'astro-pagefind';
import { defineConfig } from 'astro/config';
import config from './site.config.json' with { type: 'json' };
import csp from './src/lib/csp/integration';
import draftsPreview from './src/lib/drafts/integration';
import { siteAddress } from './src/lib/site-address';

// The public address: SITE_URL, else site.config.json's placeholder. Canonical links, the sitemap,
// citations, embeds, the API, the feed and the OG images take it from `site`. With
// SITE_PRODUCTION=1 (the deploy workflow) a placeholder address stops the build here.
export default defineConfig({
  site: siteAddress(config.site, process.env),
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !page.includes('/downloads/') && !page.includes('/embed/'),
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-Hans', en: 'en' } },
    }),
    // A Content-Security-Policy <meta> in every page, with the hashes of its inline scripts and
    // styles. Only the search page compiles WebAssembly (Pagefind), and only if its worker fails.
    csp({ wasm: (file) => /^(en\/)?search\/index\.html$/.test(file) }),
    // `pnpm dev` only: the drafts preview at /drafts/<city>/, kept in step with data/.
    draftsPreview(),
    // Builds the search index (per <html lang>) after the build; the search page loads it on demand.
    pagefind(),
  ],
  build: { format: 'directory', concurrency: 8 },
});
