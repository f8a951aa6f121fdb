import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import config from '../../site.config.json' with { type: 'json' };
import { DATASETS, INDICATORS, checkSiteData, loadDataset } from './site-data';

describe('checkSiteData', () => {
  it('accepts the real data', () => {
    expect(() => checkSiteData(DATASETS, INDICATORS)).not.toThrow();
  });

  it('fails, naming the figure, on an unknown indicator', () => {
    const d = DATASETS[0]!;
    const bad = {
      ...d,
      figures: [{ ...d.figures[0]!, indicator: 'made.up' }, ...d.figures.slice(1)],
    };
    expect(() => checkSiteData([bad], INDICATORS)).toThrow(
      `${d.figures[0]!.global_id}: unknown indicator "made.up"`,
    );
  });

  it('fails, naming the figure, on a figure without a source', () => {
    const d = DATASETS[1]!;
    const bad = { ...d, figures: [{ ...d.figures[0]!, source: 'nowhere' }] };
    expect(() => checkSiteData([bad], INDICATORS)).toThrow(/source "nowhere"/);
  });

  it('fails when a quote is not where it says', () => {
    const d = DATASETS[2]!;
    const f = d.figures[0]!;
    const bad = { ...d, figures: [{ ...f, quote: { ...f.quote, start: f.quote.start + 1 } }] };
    expect(() => checkSiteData([bad], INDICATORS)).toThrow(/quote is not at/);
  });
});

describe('the cities the site shows', () => {
  it('are the cities in data/, each a dependency of the site', () => {
    const repo = new URL('../../../', import.meta.url);
    const slugs = readdirSync(new URL('data/cities/', repo))
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort();
    expect([...config.cities].sort()).toEqual(slugs);
    const deps = Object.keys(
      (
        JSON.parse(readFileSync(new URL('site/package.json', repo), 'utf8')) as {
          dependencies: Record<string, string>;
        }
      ).dependencies,
    );
    for (const slug of config.cities) expect(deps).toContain(`@shuangjian/${slug}`);
    expect(DATASETS.map((d) => d.city.slug)).toEqual(config.cities);
  });

  it('fail to load, naming the city, when a package is missing', () => {
    expect(() => loadDataset('atlantis')).toThrow(
      /lists the city "atlantis", but @shuangjian\/atlantis\/data\/dataset.json cannot be read/,
    );
  });
});
