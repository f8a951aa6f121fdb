// Every table made with strings() has the same keys in Chinese and English at run time, and no
// empty words; the compiler checks the same (src/i18n/strings.ts), this catches what casts hide.
import { describe, expect, it } from 'vitest';
import { keyPaths, madeTables, strings } from '../../../src/i18n/strings';
import { UI } from '../../../src/i18n/ui';
// The modules with a table of their own (the .astro ones are checked by the compiler and the build).
import '../../../src/charts/indicator-by-city';
import '../../../src/charts/lib/format';
import '../../../src/charts/rate-part-to-whole';
import '../../../src/lib/api/feed';
import '../../../src/lib/citation';
import '../../../src/lib/embed/text';
import '../../../src/lib/format/units';
import '../../../src/lib/images/attribution';
import '../../../src/lib/images/chart-image';
import '../../../src/lib/images/og-image';
import '../../../src/lib/json-ld';

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/** Words that are empty on purpose (a separator that Chinese does not need). */
const EMPTY_ON_PURPOSE = new Set(['sentenceSep']);

describe('strings() tables', () => {
  const tables = madeTables();

  it('are all reached (ui.ts and the modules above)', () => {
    expect(tables).toContain(UI);
    expect(tables.length).toBeGreaterThanOrEqual(12);
  });

  it('have the same keys in Chinese and English', () => {
    for (const table of tables) {
      const where = keyPaths(table.zh).slice(0, 3).join(', ');
      expect(keyPaths(table.en), where).toEqual(keyPaths(table.zh));
    }
  });

  it('give the same shape in both languages, with no empty words', () => {
    for (const table of tables) {
      const zh = leaves(table.zh);
      const en = new Map(leaves(table.en));
      for (const [key, value] of zh) {
        const other = en.get(key);
        expect(typeof other, key).toBe(typeof value);
        if (typeof value === 'function' && typeof other === 'function')
          expect(other.length, `${key}: parameters`).toBe(value.length);
        for (const v of [value, other])
          if (typeof v === 'string' && !EMPTY_ON_PURPOSE.has(key.split('.').at(-1)!))
            expect(v.trim(), key).not.toBe('');
      }
    }
  });

  it('refuse a table whose English keys differ, at run time too', () => {
    const bad = { zh: { a: '甲', b: '乙' }, en: { a: 'A', c: 'C' } };
    // @ts-expect-error English lacks b and has c: the compiler refuses it as well.
    expect(() => strings(bad)).toThrow(/English keys \[a c\] differ from Chinese \[a b\]/);
  });
});

describe('strings() types', () => {
  it('refuse English that is not exactly Chinese in shape', () => {
    // Type checks only (astro check and tsc run over test/); the calls are never made.
    const never = (f: () => unknown) => f;
    never(() => strings({ zh: { a: '甲', b: '乙' }, en: { a: 'A', b: 'B' } }));
    // @ts-expect-error a key missing in English
    never(() => strings({ zh: { a: '甲', b: '乙' }, en: { a: 'A' } }));
    // @ts-expect-error a key English has and Chinese does not
    never(() => strings({ zh: { a: '甲' }, en: { a: 'A', b: 'B' } }));
    // @ts-expect-error the same, one level down
    never(() => strings({ zh: { n: { a: '甲' } }, en: { n: { a: 'A', b: 'B' } } }));
    const fewer = {
      zh: { f: (n: number, m: number) => `${n}${m}` },
      en: { f: (n: number) => `${n}` },
    };
    // @ts-expect-error a function with fewer parameters
    never(() => strings(fewer));
    // @ts-expect-error a parameter of another type
    never(() => strings({ zh: { f: (n: number) => `${n}` }, en: { f: (n: string) => n } }));
    // @ts-expect-error a string for a function
    never(() => strings({ zh: { f: (n: number) => `${n}` }, en: { f: 'x' } }));
    // @ts-expect-error a list of another length
    never(() => strings({ zh: { h: ['甲', '乙'] }, en: { h: ['A'] } }));
  });
});
