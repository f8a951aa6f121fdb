// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import config from './site.config.json' with { type: 'json' };

// The public address lives in site.config.json only; canonical links and citations take it from there.
export default defineConfig({
  site: config.site,
  integrations: [mdx()],
  build: { format: 'directory' },
});
