// The site translates one way: a module's { zh, en } table made with strings() (src/i18n/strings.ts),
// or ui(lang) for words several pages share. This test fails on any other way in site/src: a
// ternary or branch on the language, a `zh ?` flag, or a { zh, en } object looked up by [lang]
// without strings(). Choosing something that is not text a reader sees (a path, a line-breaking
// rule) may branch on the language, but only where EXCEPTIONS says so, with the reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SITE = fileURLToPath(new URL('../../../', import.meta.url));
const SRC = join(SITE, 'src');

/** Code files; .mdx pages are written once per language and need no switch. */
const SCANNED = /\.(?:ts|tsx|js|mjs|astro)$/;
/** Tests in src choose the text they expect per language; they are not the site. */
const SKIPPED = /\.test\.ts$/;

const PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'compares a language', re: /[!=]==?\s*['"](?:zh|en)['"]|['"](?:zh|en)['"]\s*[!=]==?/g },
  { name: 'branches on a zh/en flag', re: /(?<![\w.$])(?:zh|en|isZh|isEn)\s*\?(?![.?])/g },
  { name: '{ zh, en } object looked up by [lang]', re: /\}\s*\[\s*(?:[\w.]+\.)?lang\s*\]/g },
  { name: '{ zh, en } table not made with strings()', re: /(?<!strings\(\{\s*)\bzh:\s*\{/g },
];

interface Exception {
  file: string;
  /** A piece of the line's code; every occurrence on a line containing it is allowed. */
  code: string;
  reason: string;
}

/** Every allowed branch on the language. A stale entry (no longer matching) fails too. */
const EXCEPTIONS: Exception[] = [
  {
    file: 'components/MixedText.astro',
    code: "const runs = lang === 'zh' ? [{ text, zh: false }] : chineseRuns(text);",
    reason:
      'marks Chinese runs inside English text with lang; a Chinese page needs no marks (not a translation)',
  },
  {
    file: 'i18n/lang.ts',
    code: "return lang === 'zh' ? undefined : 'en';",
    reason: 'the [...lang] route parameter (a path segment, not text)',
  },
  {
    file: 'i18n/lang.ts',
    code: "return lang === 'zh' ? path : `/en${path}`;",
    reason: 'the path of a page (Chinese at the root, English under /en/)',
  },
  {
    file: 'i18n/lang.ts',
    code: "if (param === 'en') return 'en';",
    reason: 'reads the [...lang] route parameter (a path segment, not text)',
  },
  {
    file: 'lib/embed/scripts.ts',
    code: "if((l==='zh'||l==='en')",
    reason: 'the embed page script checks a ?lang= value before switching pages, not text',
  },
  {
    file: 'lib/format.ts',
    code: "if (lang === 'en') return formatDigits(value);",
    reason: 'number formatting: Chinese numbers follow their own algorithm (万, 亿, as written)',
  },
  {
    file: 'lib/format.ts',
    code: "if (lang === 'zh') return `${asWritten(v) ?? zhByRule(v)}${unit}`;",
    reason: 'number formatting: Chinese numbers follow their own algorithm (万, 亿, as written)',
  },
  {
    file: 'lib/changelog.ts',
    code: "return lang === 'zh' ? first! : rest.join(' ');",
    reason: 'picks the line of a changelog entry written in the language (data, not a translation)',
  },
  {
    file: 'lib/images/text.ts',
    code: "cjkWords: o.lang === 'en'",
    reason: 'line-breaking rule for Chinese words in English text, not text',
  },
  {
    file: 'charts/lib/text-block.ts',
    code: "cjkWords: lang === 'en'",
    reason: 'line-breaking rule for Chinese words in English text, not text',
  },
];

interface Hit {
  file: string;
  line: number;
  code: string;
  pattern: string;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return SCANNED.test(e.name) && !SKIPPED.test(e.name) ? [path] : [];
  });
}

function scan(): Hit[] {
  return files(SRC).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    const file = relative(SRC, path).split('\\').join('/');
    return PATTERNS.flatMap(({ name, re }) =>
      [...text.matchAll(re)].map((m) => {
        const line = text.slice(0, m.index).split('\n').length;
        return { file, line, code: lines[line - 1]!.trim(), pattern: name };
      }),
    );
  });
}

const allowed = (h: Hit, e: Exception) => h.file === e.file && h.code.includes(e.code);

describe('translations', () => {
  const hits = scan();

  it('go through strings() tables, never inline on the language', () => {
    const inline = hits
      .filter((h) => !EXCEPTIONS.some((e) => allowed(h, e)))
      .map((h) => `src/${h.file}:${h.line}: ${h.pattern}: ${h.code}`);
    expect(inline, 'put the words in the module’s strings() table (src/i18n/strings.ts)').toEqual(
      [],
    );
  });

  it('list no exception that no longer occurs', () => {
    const stale = EXCEPTIONS.filter((e) => !hits.some((h) => allowed(h, e))).map(
      (e) => `src/${e.file}: ${e.code}`,
    );
    expect(stale).toEqual([]);
  });

  it('scan the source (the patterns find a planted ternary)', () => {
    const planted =
      "const a = lang === 'zh' ? '甲' : 'A';\nconst b = zh\n  ? '乙' : 'B';\nconst c = { zh: { x: 1 } }[lang];";
    const found = PATTERNS.flatMap(({ re }) => [...planted.matchAll(re)].map((m) => m[0]));
    expect(found.length).toBe(4);
    expect(files(SRC).length).toBeGreaterThan(50);
  });
});
