// Every link in the built site resolves, #fragments included: linkinator crawls site/dist on a
// local server from every page. Absolute links to the site's own address (canonical, hreflang,
// og:image, JSON-LD) are checked against dist; links to other hosts are skipped, never fetched.
import { createServer } from 'node:net';
import { LinkChecker, LinkState } from 'linkinator';
import { beforeAll, expect, it } from 'vitest';
import { BUILD_HINT, DIST, distBuilt, pathOf } from '../lib/dist';
import { listFiles, SITE_ORIGIN } from '../lib/expected';

beforeAll(() => {
  if (!distBuilt()) throw new Error(BUILD_HINT);
});

/** A port nothing listens on now; linkinator needs it up front to rewrite links to itself. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

it('has no broken internal link or fragment', { timeout: 120_000 }, async () => {
  const port = await freePort();
  const local = `http://127.0.0.1:${port}/`;
  const own = `${SITE_ORIGIN}/`;
  const pages = listFiles(DIST).filter((f) => f.endsWith('.html'));
  const { links } = await new LinkChecker().check({
    // Every page, not only those reachable from the home page (embeds, 404).
    path: pages.map((f) => pathOf(f).slice(1)),
    serverRoot: DIST,
    port,
    recurse: true,
    checkFragments: true,
    concurrency: 20,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${RegExp.escape(own)}`), replacement: local }],
    linksToSkip: async (link) => !link.startsWith(local) && !link.startsWith(own),
  });
  // linkinator reports its own server's URLs relative to it, with or without the final "/".
  const key = (url: string) => url.replace(/[#?].*$/, '').replace(/^\.?\/?|\/$/g, '');
  const checked = new Set(links.filter((l) => l.state === LinkState.OK).map((l) => key(l.url)));
  const path = (url = '') => (/^https?:/.test(url) ? url : `/${url.replace(/^\.\//, '')}`);
  const broken = links
    .filter((l) => l.state === LinkState.BROKEN)
    .map(
      (l) =>
        `${path(l.url)} (${l.status ?? 'no response'}) on ${l.parent ? path(l.parent) : 'the start list'}`,
    );
  expect(broken, `broken links:\n${broken.join('\n')}`).toEqual([]);
  // Guards against a skip rule that skips everything: each page was fetched and found fine.
  const unchecked = pages.map(pathOf).filter((p) => !checked.has(key(p)));
  expect(unchecked, 'pages linkinator did not check').toEqual([]);
});
