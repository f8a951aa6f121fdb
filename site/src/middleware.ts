// Every built page as Astro renders it, before it is written: its Content-Security-Policy <meta>
// (the hashes of its inline scripts and styles) and, on English pages, its Chinese runs marked
// lang="zh-Hans" (lib/postbuild/page.ts, one tokenising pass). Doing it here means each page is
// written once, and read once after the build (by Pagefind, lib/postbuild/run.ts) instead of three
// times. `astro dev` is left alone: its own scripts would not match a policy.
import { defineMiddleware } from 'astro:middleware';
import { compilesWasm, processPage } from './lib/postbuild/page';

export const onRequest = defineMiddleware(async ({ url }, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  const page = processPage(await response.text(), {
    policy: { wasm: compilesWasm(url.pathname) },
    markChinese: true,
  });
  return new Response(page.html, { status: response.status, headers: response.headers });
});
