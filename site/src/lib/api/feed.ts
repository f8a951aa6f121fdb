import { execFileSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { HTML_LANG, localePath } from '../../i18n/lang';
import { strings } from '../../i18n/strings';
import { localizedEntry, type Release } from '../changelog';
import { absolute, FEED_PATH } from './paths';

/** The id of a release on the changelog page, e.g. "hefei-0.1.0" (also its feed entry anchor). */
export function releaseAnchor(packageName: string, version: string): string {
  return `${packageName.split('/').pop()}-${version}`;
}

/** RFC 3339 in UTC, whole seconds: "2024-05-01T02:00:00Z". */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// Dates asked for early (feed-dates.ts), under a registered symbol: the integration that asks and
// the feed route that reads them are two module instances in one process.
const ASKED = Symbol.for('shuangjian-data.git-commit-dates');

/**
 * gitCommitDates, asked now for files the feed will want: git is then forked from a build still
 * small. Forked late, from a build of 1.7 GB, git started as a copy of it, and a measure of the
 * build's processes counted its memory twice (840 MB more at 300 cities).
 */
export function askGitCommitDates(files: readonly string[]): void {
  (globalThis as { [ASKED]?: Map<string, string | null> })[ASKED] = gitCommitDates(files);
}

/**
 * The last commit dates of many files with one `git log` (a spawn per file took 6 s at 300 cities): the
 * first date git lists for a file is its last commit's. Files without history, or no git, map to null.
 * Files asked for early (askGitCommitDates) are answered from then, without git.
 */
export function gitCommitDates(files: readonly string[]): Map<string, string | null> {
  const asked = (globalThis as { [ASKED]?: Map<string, string | null> })[ASKED];
  if (asked && files.every((f) => asked.has(f)))
    return new Map(files.map((f) => [f, asked.get(f)!]));
  const dates = new Map<string, string | null>(files.map((f) => [f, null]));
  if (files.length === 0) return dates;
  const git = (args: string[], cwd: string) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 2 ** 20,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  try {
    const top = git(['rev-parse', '--show-toplevel'], dirname(files[0]!)).trim();
    const log = git(
      ['log', '--format=%x00%cI', '--name-only', '--', ...files.map((f) => relative(top, f))],
      top,
    );
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) date = line.slice(1);
      else if (line !== '' && dates.get(join(top, line)) === null) dates.set(join(top, line), date);
    }
  } catch {
    // no git or no repository: no dates
  }
  return dates;
}

/** The committer date of the last commit touching a file, or null without git or history. */
export function gitCommitDate(file: string): string | null {
  return gitCommitDates([file]).get(file) ?? null;
}

/**
 * The `updated` date of a release, never the current time, so that a commit always builds the same
 * feed: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the committer date of the last
 * commit touching the package's CHANGELOG.md, else 1970-01-01T00:00:00Z (no git, e.g. a tarball).
 */
export function releaseDate(
  changelogFile: string,
  env: Record<string, string | undefined> = process.env,
  commitDate: (file: string) => string | null = gitCommitDate,
): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch))
      throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}"`);
    return rfc3339(new Date(Number(epoch) * 1000));
  }
  const committed = commitDate(changelogFile);
  const date = committed ? new Date(committed) : new Date(0);
  if (Number.isNaN(date.getTime()))
    throw new Error(`${changelogFile}: unreadable commit date "${committed}"`);
  return rfc3339(date);
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or an attribute value for XML; characters XML 1.0 forbids are dropped. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** An entry's text as XHTML: `backtick` spans become <code>, as on the changelog page. */
function inline(text: string): string {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `<code>${xmlEscape(part)}</code>` : xmlEscape(part)))
    .join('');
}

const T = strings({
  zh: { dependenciesOnly: '仅更新依赖。' },
  en: { dependenciesOnly: 'Dependency updates only.' },
});

function changeList(changes: readonly string[], lang: 'zh' | 'en'): string {
  const xmlLang = HTML_LANG[lang];
  if (changes.length === 0) return `<p xml:lang="${xmlLang}">${T[lang].dependenciesOnly}</p>`;
  const items = changes.map((c) => `<li>${inline(localizedEntry(c, lang))}</li>`).join('');
  return `<ul xml:lang="${xmlLang}">${items}</ul>`;
}

/** A release with the date its feed entry carries. */
export interface DatedRelease extends Release {
  updated: string;
}

/**
 * An Atom (RFC 4287) feed of data releases: one entry per package version, newest first, each
 * with its changes in Chinese and English and links to the changelog page in both languages.
 */
export function atomFeed(site: URL, releases: readonly DatedRelease[]): string {
  const changelog = (lang: 'zh' | 'en', anchor = '') =>
    absolute(site, localePath(lang, '/changelog/')) + anchor;
  const alternates = (indent: string, anchor = '') =>
    (['zh', 'en'] as const)
      .map(
        (lang) =>
          `${indent}<link rel="alternate" type="text/html" hreflang="${HTML_LANG[lang]}" href="${xmlEscape(changelog(lang, anchor))}"/>\n`,
      )
      .join('');
  // Newest first; Array.prototype.sort is stable, so equal dates keep the package order.
  const sorted = [...releases].sort((a, b) => b.updated.localeCompare(a.updated));
  const updated = sorted[0]?.updated ?? rfc3339(new Date(0));
  const entries = sorted.map((r) => {
    const anchor = `#${releaseAnchor(r.packageName, r.version)}`;
    return `  <entry>
    <id>${xmlEscape(changelog('zh', anchor))}</id>
    <title>${xmlEscape(`${r.packageName} ${r.version}`)}</title>
    <updated>${r.updated}</updated>
${alternates('    ', anchor)}    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${changeList(r.changes, 'zh')}${changeList(r.changes, 'en')}</div></content>
  </entry>
`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(absolute(site, FEED_PATH))}</id>
  <title>双减治理数据 Shuangjian Data: data releases</title>
  <subtitle>每个数据包的版本与变更 · Every release of every Shuangjian Data package</subtitle>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(absolute(site, FEED_PATH))}"/>
${alternates('  ')}  <updated>${updated}</updated>
  <author><name>Shuangjian Data contributors</name></author>
  <rights>Data compilation CC BY 4.0; code MIT. Official figures: credit the original publisher (each city) first.</rights>
${entries.join('')}</feed>
`;
}
