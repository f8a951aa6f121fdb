import { describe, expect, it } from 'vitest';
import { allCharts } from '../../../src/lib/chart-registry';
import {
  LATEST,
  MAX_READABLE_KEY,
  embedPath,
  embedPaths,
  embedRoute,
  embedRoutes,
  versionKey,
} from '../../../src/lib/embed/paths';

const hefei = (version: string) => ({ name: '@shuangjian/hefei', version });
const city = (version: string) => ({ id: 'section-hefei-1-persons', packages: [hefei(version)] });

describe('versionKey', () => {
  it('names a city chart by its package and version, without the scope', () => {
    expect(versionKey([hefei('0.1.0')])).toBe('hefei-0.1.0');
  });

  it('lists every package of an indicator chart, sorted by name, whatever the input order', () => {
    const packages = [
      { name: '@shuangjian/huangshan', version: '0.1.0' },
      hefei('0.1.0'),
      { name: '@shuangjian/bengbu', version: '0.1.0' },
    ];
    expect(versionKey(packages)).toBe('bengbu-0.1.0.hefei-0.1.0.huangshan-0.1.0');
    expect(versionKey([...packages].reverse())).toBe(versionKey(packages));
  });

  it('stays a short path segment for a chart across hundreds of cities', () => {
    const many = (bumped: number) =>
      Array.from({ length: 300 }, (_, i) => ({
        name: `@shuangjian/city-${String(i + 1).padStart(4, '0')}`,
        version: i === bumped ? '0.1.1' : '0.1.0',
      }));
    const key = versionKey(many(-1));
    expect(key).toMatch(/^300-packages-[0-9a-f]{16}$/);
    expect(key.length).toBeLessThanOrEqual(MAX_READABLE_KEY);
    expect(versionKey([...many(-1)].reverse())).toBe(key);
    expect(versionKey(many(150))).not.toBe(key);
  });

  it('changes when any one package is bumped', () => {
    const a = [hefei('0.1.0'), { name: '@shuangjian/bengbu', version: '0.1.0' }];
    const b = [hefei('0.1.0'), { name: '@shuangjian/bengbu', version: '0.1.1' }];
    expect(versionKey(a)).not.toBe(versionKey(b));
  });

  it('refuses what cannot make a clean, unambiguous path segment', () => {
    expect(() => versionKey([])).toThrow('no package');
    expect(() => versionKey([hefei('0.1.0+build.5')])).toThrow('0.1.0+build.5');
    expect(() => versionKey([hefei('latest')])).toThrow('"latest"');
    expect(() => versionKey([{ name: '@shuangjian/He Fei', version: '1.0.0' }])).toThrow('He Fei');
    expect(() => versionKey([hefei('0.1.0'), hefei('0.2.0')])).toThrow('listed twice');
  });

  it('keeps a prerelease tag', () => {
    expect(versionKey([hefei('1.0.0-rc.1')])).toBe('hefei-1.0.0-rc.1');
  });
});

describe('embed paths', () => {
  it('puts Chinese at /embed/ and English under /en/embed/', () => {
    expect(embedPath('zh', 'indicator-leads-received', LATEST)).toBe(
      '/embed/latest/indicator-leads-received/',
    );
    expect(embedPath('en', 'indicator-leads-received', 'hefei-0.1.0')).toBe(
      '/en/embed/v/hefei-0.1.0/indicator-leads-received/',
    );
    expect(() => embedPath('zh', '../x', LATEST)).toThrow('kebab-case');
  });

  it('a version bump changes the pinned path and leaves "latest" where it was', () => {
    for (const lang of ['zh', 'en'] as const) {
      const before = embedPaths(city('0.1.0'), lang);
      const after = embedPaths(city('0.2.0'), lang);
      expect(after.latest).toBe(before.latest);
      expect(after.pinned).not.toBe(before.pinned);
      expect(before.pinned).toContain('/v/hefei-0.1.0/');
      expect(after.pinned).toContain('/v/hefei-0.2.0/');
    }
  });

  it('builds "latest" from the new data after a bump, and the new version beside it', () => {
    const [latest, pinned] = embedRoutes([city('0.2.0')]);
    expect(latest).toMatchObject({
      path: 'latest/section-hefei-1-persons',
      version: 'hefei-0.2.0',
      pinned: false,
    });
    expect(latest!.entry.packages).toEqual([hefei('0.2.0')]);
    expect(pinned).toMatchObject({
      path: 'v/hefei-0.2.0/section-hefei-1-persons',
      version: 'hefei-0.2.0',
      pinned: true,
    });
  });

  it('route parameters and paths agree', () => {
    expect(`/embed/${embedRoute('a-b', 'hefei-0.1.0')}/`).toBe(
      embedPath('zh', 'a-b', 'hefei-0.1.0'),
    );
    expect(`/embed/${embedRoute('a-b', LATEST)}/`).toBe(embedPath('zh', 'a-b', LATEST));
  });

  it('refuses two charts with one id', () => {
    expect(() => embedRoutes([city('0.1.0'), city('0.1.0')])).toThrow('two charts');
  });

  it('gives every chart of the site two pages with distinct paths', () => {
    const charts = allCharts();
    const routes = embedRoutes(charts);
    expect(routes).toHaveLength(charts.length * 2);
    expect(new Set(routes.map((r) => r.path)).size).toBe(routes.length);
    const indicator = charts.find((c) => c.kind === 'indicator')!;
    expect(versionKey(indicator.packages).split('.').length).toBeGreaterThan(1);
  });
});
