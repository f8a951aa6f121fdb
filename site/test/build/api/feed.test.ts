// The Atom feed: the built /feed.xml, and the pure pieces that make it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import siteConfig from '../../../site.config.json' with { type: 'json' };
import { changelogFiles } from '../../../src/lib/api/feed-dates';
import {
  askGitCommitDates,
  atomFeed,
  gitCommitDate,
  gitCommitDates,
  releaseAnchor,
  releaseDate,
  xmlEscape,
} from '../../../src/lib/api/feed';
import { packageDir } from '../../../src/lib/package-files';
import { readChangelogs } from '../../../src/lib/changelog';
import { BUILD_HINT, DIST, distBuilt } from '../../lib/dist';
import { PUBLISHED_PACKAGES, SITE_ORIGIN } from '../../lib/expected';
import { unresolved } from '../../lib/api-files';
import { childrenNamed, deepText, parseXml, type XmlElement } from '../../lib/xml';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const one = (el: XmlElement, name: string) => {
  const found = childrenNamed(el, name);
  expect(found.length, `<${el.name}> has one <${name}>`).toBe(1);
  return found[0]!;
};

describe('/feed.xml', () => {
  let feed: XmlElement;
  beforeAll(() => {
    if (!distBuilt()) throw new Error(BUILD_HINT);
    const file = join(DIST, 'feed.xml');
    if (!existsSync(file)) throw new Error(`${file} is missing: ${BUILD_HINT}`);
    feed = parseXml(readFileSync(file, 'utf8'));
  });

  it('is a well-formed Atom feed with id, title, updated, author and a self link', () => {
    expect(feed.name).toBe('feed');
    expect(feed.attributes.xmlns).toBe(ATOM);
    expect(one(feed, 'id').text).toBe(`${SITE_ORIGIN}/feed.xml`);
    expect(one(feed, 'title').text).not.toBe('');
    expect(one(feed, 'updated').text).toMatch(RFC3339);
    expect(one(one(feed, 'author'), 'name').text).not.toBe('');
    const self = childrenNamed(feed, 'link').filter((l) => l.attributes.rel === 'self');
    expect(self.map((l) => l.attributes.href)).toEqual([`${SITE_ORIGIN}/feed.xml`]);
  });

  it('has one entry per package release, each with id, dates, links and content in both languages', () => {
    const packages = [...PUBLISHED_PACKAGES];
    const releases = readChangelogs(packages);
    const entries = childrenNamed(feed, 'entry');
    expect(entries.map((e) => one(e, 'title').text).sort()).toEqual(
      releases.map((r) => `${r.packageName} ${r.version}`).sort(),
    );
    const ids = entries.map((e) => one(e, 'id').text);
    expect(new Set(ids).size).toBe(ids.length);
    const updated = entries.map((e) => one(e, 'updated').text);
    for (const u of updated) expect(u).toMatch(RFC3339);
    expect(one(feed, 'updated').text).toBe([...updated].sort().pop());
    for (const e of entries) {
      const links = childrenNamed(e, 'link').map((l) => l.attributes.href!);
      expect(links.length).toBe(2);
      for (const href of links) expect(unresolved(href), href).toBeNull();
      const content = one(e, 'content');
      expect(content.attributes.type).toBe('xhtml');
      const div = one(content, 'div');
      expect(div.attributes.xmlns).toBe('http://www.w3.org/1999/xhtml');
      expect(div.children.map((c) => c.attributes['xml:lang'])).toEqual(['zh-Hans', 'en']);
      expect(deepText(div).trim()).not.toBe('');
    }
  });
});

describe('feed pieces', () => {
  const site = new URL('https://example.test/');
  const release = (packageName: string, version: string, updated: string, changes: string[]) => ({
    packageName,
    version,
    updated,
    changes,
  });

  it('takes dates from SOURCE_DATE_EPOCH, else the last commit (in UTC), else 1970, never the clock', () => {
    const never = () => {
      throw new Error('git must not be asked when SOURCE_DATE_EPOCH is set');
    };
    expect(releaseDate('/x/CHANGELOG.md', { SOURCE_DATE_EPOCH: '1700000000' }, never)).toBe(
      '2023-11-14T22:13:20Z',
    );
    expect(releaseDate('/x/CHANGELOG.md', {}, () => '2024-05-01T10:00:00+08:00')).toBe(
      '2024-05-01T02:00:00Z',
    );
    expect(releaseDate('/x/CHANGELOG.md', {}, () => null)).toBe('1970-01-01T00:00:00Z');
    expect(() => releaseDate('/x', { SOURCE_DATE_EPOCH: 'soon' })).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it('escapes text, sorts entries newest first and keeps package order on equal dates', () => {
    const xml = atomFeed(site, [
      release('@shuangjian/a', '1.0.0', '2024-01-01T00:00:00Z', ['A & <b> "c"\nEnglish `x<y`']),
      release('@shuangjian/b', '0.2.0', '2025-01-01T00:00:00Z', []),
      release('@shuangjian/c', '0.1.0', '2024-01-01T00:00:00Z', ['一行']),
    ]);
    const feed = parseXml(xml);
    const entries = childrenNamed(feed, 'entry');
    expect(entries.map((e) => childrenNamed(e, 'title')[0]!.text)).toEqual([
      '@shuangjian/b 0.2.0',
      '@shuangjian/a 1.0.0',
      '@shuangjian/c 0.1.0',
    ]);
    expect(childrenNamed(feed, 'updated')[0]!.text).toBe('2025-01-01T00:00:00Z');
    expect(deepText(entries[1]!)).toContain('A & <b> "c"');
    expect(deepText(entries[1]!)).toContain('x<y');
    expect(deepText(entries[0]!)).toContain('Dependency updates only.');
    expect(childrenNamed(entries[2]!, 'id')[0]!.text).toBe(
      'https://example.test/changelog/#c-0.1.0',
    );
  });

  it('names release anchors after the package folder and version', () => {
    expect(releaseAnchor('@shuangjian/hefei', '0.1.0')).toBe('hefei-0.1.0');
    expect(xmlEscape('a\u0000b<&>\'"')).toBe('ab&lt;&amp;&gt;&apos;&quot;');
  });

  it('the XML check rejects what a lenient parser would accept', () => {
    for (const bad of [
      '<a><b></a></b>',
      '<a>x & y</a>',
      '<a x="1" x="2"/>',
      '<a x=1/>',
      '<a/><b/>',
      '<a>&nbsp;</a>',
      '<!DOCTYPE a><a/>',
      '<a>',
    ])
      expect(() => parseXml(bad), bad).toThrow();
    expect(parseXml('<?xml version="1.0" encoding="utf-8"?>\n<a x="&amp;">t<b/></a>\n').name).toBe(
      'a',
    );
  });
});

describe('release dates from git', () => {
  it('asks git once for every CHANGELOG and agrees with asking per file', () => {
    const files = [...PUBLISHED_PACKAGES].map((name) => join(packageDir(name), 'CHANGELOG.md'));
    const dates = gitCommitDates(files);
    expect([...dates.keys()]).toEqual(files);
    for (const file of files) expect(dates.get(file), file).toBe(gitCommitDate(file));
    // Outside any repository: no dates, no error.
    const outside = join(tmpdir(), 'no-repo', 'CHANGELOG.md');
    expect(gitCommitDates([outside]).get(outside)).toBeNull();
  });

  it('asks as the build starts for the CHANGELOG of every published package', () => {
    expect(changelogFiles(siteConfig.cities).sort()).toEqual(
      [...PUBLISHED_PACKAGES].map((name) => join(packageDir(name), 'CHANGELOG.md')).sort(),
    );
  });

  it('answers from the early ask, not git, for the files asked then', () => {
    const repo = mkdtempSync(join(tmpdir(), 'shuangjian-feed-dates-'));
    const git = (args: string[], date: string) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
        cwd: repo,
        env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
        stdio: 'ignore',
      });
    try {
      const file = join(repo, 'CHANGELOG.md');
      git(['init', '-q'], '');
      writeFileSync(file, '# 0.1.0\n');
      git(['add', '.'], '');
      git(['commit', '-q', '-m', 'one'], '2024-05-01T02:00:00Z');
      askGitCommitDates([file]);
      writeFileSync(file, '# 0.2.0\n');
      git(['commit', '-q', '-am', 'two'], '2024-06-01T02:00:00Z');
      expect(gitCommitDates([file]).get(file)).toBe('2024-05-01T02:00:00+00:00');
      // A file not asked for early: git is asked now, for all of them.
      const other = join(repo, 'other.md');
      expect(gitCommitDates([file, other]).get(file)).toBe('2024-06-01T02:00:00+00:00');
    } finally {
      askGitCommitDates([]);
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
