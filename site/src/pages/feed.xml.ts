import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { publishedPackages } from '../lib/api/build';
import { atomFeed, gitCommitDates, releaseDate } from '../lib/api/feed';
import { readChangelogs } from '../lib/changelog';
import { packageDir } from '../lib/package-files';

/**
 * /feed.xml: an Atom feed with one entry per package release, from the CHANGELOG.md files. Dates
 * come from SOURCE_DATE_EPOCH or the CHANGELOG's last commit, never the clock (see releaseDate).
 */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('the feed needs `site` in astro.config (site.config.json)');
  const changelog = (name: string) => join(packageDir(name), 'CHANGELOG.md');
  const releases = readChangelogs(publishedPackages());
  let dates: Map<string, string | null> | undefined; // git is asked once, and only if needed
  const commitDate = (file: string) =>
    (dates ??= gitCommitDates([...new Set(releases.map((r) => changelog(r.packageName)))])).get(
      file,
    ) ?? null;
  const dated = releases.map((r) => ({
    ...r,
    updated: releaseDate(changelog(r.packageName), process.env, commitDate),
  }));
  return new Response(atomFeed(site, dated), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
