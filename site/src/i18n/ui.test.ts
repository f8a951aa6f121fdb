import { describe, expect, it } from 'vitest';
import { localePath, neutralPath } from './lang';
import { UI } from './ui';

function leaves(o: object, prefix = ''): [string, unknown][] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object'
      ? leaves(v, `${prefix}${k}.`)
      : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

describe('interface strings', () => {
  it('have the same keys in Chinese and English, none empty', () => {
    const zh = leaves(UI.zh);
    const en = leaves(UI.en);
    expect(en.map(([k]) => k)).toEqual(zh.map(([k]) => k));
    for (const [key, value] of [...zh, ...en]) {
      // Chinese pages show no gloss after a Chinese title.
      if (key === 'titleGloss') continue;
      if (typeof value === 'function') expect(String(value(3, 3)).length, key).toBeGreaterThan(0);
      else expect(String(value).trim().length, key).toBeGreaterThan(0);
    }
  });

  it('Chinese strings are Chinese', () => {
    for (const [key, value] of leaves(UI.zh)) {
      if (
        typeof value === 'string' &&
        !['switchLanguage', 'lowerBoundSymbol', 'approxSymbol'].includes(key)
      )
        expect(value, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('titleGloss', () => {
  it('glosses a title in English only', () => {
    const title = { zh: '标题', en: 'Title' };
    expect(UI.zh.titleGloss(title)).toBe('');
    expect(UI.en.titleGloss(title)).toBe('Title');
  });
});

describe('paths', () => {
  it('puts English under /en/ and Chinese at the root', () => {
    expect(localePath('zh', '/cities/hefei/')).toBe('/cities/hefei/');
    expect(localePath('en', '/cities/hefei/')).toBe('/en/cities/hefei/');
    expect(neutralPath('/en/cities/hefei/')).toBe('/cities/hefei/');
    expect(neutralPath('/en/')).toBe('/');
    expect(neutralPath('/english/')).toBe('/english/');
    expect(() => localePath('en', 'cities/')).toThrow();
  });
});
