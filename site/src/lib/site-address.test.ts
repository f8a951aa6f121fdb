import { describe, expect, it } from 'vitest';
import config from '../../site.config.json' with { type: 'json' };
import { isPlaceholder, isProductionBuild, siteAddress } from './site-address';

const PLACEHOLDER = 'https://shuangjian-data.example';

describe('siteAddress', () => {
  it('takes site.config.json when SITE_URL is unset or blank', () => {
    expect(siteAddress(PLACEHOLDER, {})).toBe(PLACEHOLDER);
    expect(siteAddress(PLACEHOLDER, { SITE_URL: '  ' })).toBe(PLACEHOLDER);
  });

  it('lets SITE_URL override site.config.json, as an origin without the trailing slash', () => {
    expect(siteAddress(PLACEHOLDER, { SITE_URL: 'https://data.example.org/' })).toBe(
      'https://data.example.org',
    );
  });

  it('keeps local builds working with the placeholder', () => {
    expect(siteAddress(PLACEHOLDER, { SITE_PRODUCTION: '0' })).toBe(PLACEHOLDER);
    expect(siteAddress(PLACEHOLDER, { SITE_PRODUCTION: '' })).toBe(PLACEHOLDER);
  });

  it('refuses the placeholder in a production build, naming the variable to set', () => {
    expect(() => siteAddress(PLACEHOLDER, { SITE_PRODUCTION: '1' })).toThrow(
      /site\.config\.json "site" is the placeholder address https:\/\/shuangjian-data\.example, and SITE_PRODUCTION is set: set SITE_URL/,
    );
    expect(() =>
      siteAddress(PLACEHOLDER, { SITE_PRODUCTION: 'true', SITE_URL: 'https://preview.test' }),
    ).toThrow(/SITE_URL is the placeholder address https:\/\/preview\.test/);
  });

  it('accepts a real https address in a production build', () => {
    expect(
      siteAddress(PLACEHOLDER, { SITE_PRODUCTION: '1', SITE_URL: 'https://data.example.org' }),
    ).toBe('https://data.example.org');
  });

  it('refuses plain http in a production build', () => {
    expect(() =>
      siteAddress(PLACEHOLDER, { SITE_PRODUCTION: '1', SITE_URL: 'http://data.example.org' }),
    ).toThrow(/must use https/);
  });

  it.each([
    ['not a URL', 'data.example.org', /not a URL/],
    ['another scheme', 'ftp://data.example.org', /http\(s\) address/],
    ['a path (project pages)', 'https://owner.github.io/shuangjian', /must have no path/],
    ['a query', 'https://data.example.org/?x=1', /plain origin/],
    ['credentials', 'https://u:p@data.example.org', /plain origin/],
  ])('refuses %s with a message naming SITE_URL', (_, url, message) => {
    expect(() => siteAddress(PLACEHOLDER, { SITE_URL: url })).toThrow(/^SITE_URL /);
    expect(() => siteAddress(PLACEHOLDER, { SITE_URL: url })).toThrow(message);
  });

  it('knows placeholders: reserved test TLDs and this machine, not real domains', () => {
    for (const url of [
      PLACEHOLDER,
      'https://x.test',
      'https://x.invalid',
      'http://localhost:4321',
      'http://127.0.0.1:4321',
    ])
      expect(isPlaceholder(new URL(url)), url).toBe(true);
    for (const url of ['https://data.example.org', 'https://shuangjian.cn', 'https://a.github.io'])
      expect(isPlaceholder(new URL(url)), url).toBe(false);
  });

  it('reads SITE_PRODUCTION as 1/true only', () => {
    expect(['1', 'true', 'TRUE'].map((v) => isProductionBuild({ SITE_PRODUCTION: v }))).toEqual([
      true,
      true,
      true,
    ]);
    expect(['0', 'false', '', 'yes'].map((v) => isProductionBuild({ SITE_PRODUCTION: v }))).toEqual(
      [false, false, false, false],
    );
  });

  it('is given the placeholder by the committed site.config.json', () => {
    expect(isPlaceholder(new URL(config.site))).toBe(true);
  });
});
