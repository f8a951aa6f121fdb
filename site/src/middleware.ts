// Every built page as Astro renders it, before it is written: its Content-Security-Policy <meta>
// (the hashes of its inline scripts and styles) and, on English pages, its Chinese runs marked
// lang="zh-Hans" (lib/postbuild/page.ts, one tokenising pass). Doing it here means each page is
// written once, and read once after the build (by Pagefind, lib/postbuild/run.ts) instead of three
// times. `astro dev` is left alone: its own scripts would not match a policy. A build is told apart
// by the image integration's state, not by import.meta.env.DEV, which NODE_ENV=test turns on.
// It also starts the build's image files (lib/images/write-images.ts) with the first page.
import { defineMiddleware } from 'astro:middleware';
import { building } from './lib/images/build-state';
import { startImageFiles } from './lib/images/write-images';
import { compilesWasm, processPage } from './lib/postbuild/page';

export const onRequest = defineMiddleware(async ({ url, site }, next) => {
  if (!building()) return next();
  // The first page of a build starts the image files, drawn while the pages render.
  startImageFiles(site!);
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const page = processPage(await response.text(), {
    policy: { wasm: compilesWasm(url.pathname) },
    markChinese: true,
  });
  return new Response(page.html, { status: response.status, headers: response.headers });
});
