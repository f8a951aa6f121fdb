// The one way the site translates: a module's words as a { zh, en } table made with strings().
// The compiler checks that English has exactly Chinese's keys and shapes; strings() checks the keys
// again at run time, and test/unit/i18n/ walks the tables and bans inline ternaries on the language.
import type { Lang } from './lang';

/**
 * The shape a translation must have, from the Chinese one: literal strings widen to string, tuples
 * (table headings) keep their length, and functions keep their parameters.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { readonly [K in keyof T]: Widen<T[K]> };

type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * What Widen<Zh> lets through and must not: keys English has that Chinese does not, at any depth,
 * and functions with fewer parameters; each becomes never, so that the compiler names the key.
 */
type Exactly<Zh, En> = En extends string
  ? unknown
  : En extends (...args: infer B) => unknown
    ? Zh extends (...args: infer A) => unknown
      ? Same<A, B> extends true
        ? unknown
        : never
      : never
    : { [K in keyof En]: K extends keyof Zh ? Exactly<Zh[K], En[K]> : never };

/** A module's words in both languages, looked up as TABLE[lang]. */
export type Translations<Zh> = Readonly<Record<Lang, Widen<Zh>>>;

const tables: Translations<object>[] = [];

/** Every table strings() has made so far, for the tests (test/unit/i18n/tables.test.ts). */
export function madeTables(): readonly Translations<object>[] {
  return tables;
}

/** The sorted paths of a table's keys ("nav.home"); arrays count as one value. */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.keys(value)
    .sort()
    .flatMap((k) => keyPaths((value as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k));
}

/**
 * A module's words in both languages. English must have exactly the keys of Chinese, with the same
 * shape: a string for a string, a tuple of the same length for a tuple, a function with the same
 * parameters for a function (the compiler says which key is wrong, and so does the run-time check).
 *
 *   const T = strings({ zh: { source: '来源' }, en: { source: 'Source' } });
 *   T[lang].source
 */
export function strings<const Zh extends object, const En extends Widen<Zh>>(table: {
  zh: Zh;
  en: En & Exactly<Zh, En>;
}): Translations<Zh> {
  const zh = keyPaths(table.zh).join(' ');
  const en = keyPaths(table.en).join(' ');
  if (zh !== en) throw new Error(`strings(): English keys [${en}] differ from Chinese [${zh}]`);
  tables.push(table as Translations<object>);
  return table as unknown as Translations<Zh>;
}
