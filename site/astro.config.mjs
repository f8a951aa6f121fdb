// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import config from './site.config.json' with { type: 'json' };
import draftsPreview from './src/lib/drafts/integration';
import feedDates from './src/lib/api/feed-dates';
import buildHeap from './src/lib/build-heap';
import imageFiles from './src/lib/images/integration';
import pageCacheGuard from './src/lib/page-cache-guard';
import devSearch from './src/lib/postbuild/dev-search';
import { siteAddress } from './src/lib/site-address';

// The public address: SITE_URL, else site.config.json's placeholder. Canonical links, the sitemap,
// citations, embeds, the API, the feed and the OG images take it from `site`. With
// SITE_PRODUCTION=1 (the deploy workflow) a placeholder address stops the build here.
// The site's `build` script then runs src/lib/postbuild/run.ts in a process of its own: every
// page's Content-Security-Policy <meta>, Chinese runs marked on English pages, and the search index.
export default defineConfig({
  site: siteAddress(config.site, process.env),
  integrations: [
    // The build's heap grows by half before a full collection, not fourfold (memory budget).
    buildHeap(),
    // The feed's dates from git, asked while the build's process is small (git is forked from it).
    feedDates(),
    mdx(),
    sitemap({
      filter: (page) => !page.includes('/downloads/') && !page.includes('/embed/'),
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-Hans', en: 'en' } },
    }),
    // The images (chart SVGs and PNGs, share images): drawn while the pages render in a build,
    // on request in dev.
    imageFiles(),
    // Astro's page cache is dropped after a build that stopped before its pages were done.
    pageCacheGuard(),
    // `pnpm dev` only: the drafts preview at /drafts/<city>/, kept in step with data/.
    draftsPreview(),
    // `pnpm dev` only: the last build's search index, which only a build writes.
    devSearch(),
  ],
  build: { format: 'directory', concurrency: 8 },
  // A page whose route code and cacheKey (src/lib/page-inputs.ts: the data and other inputs Astro
  // cannot see) are unchanged is copied from the last build (kept in node_modules/.astro/) instead
  // of rendered again. SHUANGJIAN_IMAGE_CACHE=off turns it off with the other build caches, so that
  // check:reproducible renders every page; `astro build --force` renders them all once.
  experimental: { incrementalBuild: process.env.SHUANGJIAN_IMAGE_CACHE !== 'off' },
});
