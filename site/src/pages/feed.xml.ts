import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { publishedPackages } from '../lib/api/build';
import { atomFeed, releaseDate } from '../lib/api/feed';
import { readChangelogs } from '../lib/changelog';
import { packageDir } from '../lib/package-files';

/**
 * /feed.xml: an Atom feed with one entry per package release, from the CHANGELOG.md files. Dates
 * come from SOURCE_DATE_EPOCH or the CHANGELOG's last commit, never the clock (see releaseDate).
 */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('the feed needs `site` in astro.config (site.config.json)');
  const releases = readChangelogs(publishedPackages()).map((r) => ({
    ...r,
    updated: releaseDate(join(packageDir(r.packageName), 'CHANGELOG.md')),
  }));
  return new Response(atomFeed(site, releases), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
