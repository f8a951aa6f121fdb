// Hostile files: broken encodings, empty and binary files, YAML bombs, deep nesting, duplicate keys.
import { firstInvalidUtf8 } from '../../../src/load/utf8.ts';
import {
  CITIES,
  FIGURES,
  INDICATORS_TEXT,
  SOURCES,
  YAML_FILES,
  prng,
  spliceScalar,
} from './corpus.ts';
import { rewrite, type Content, type Kind, type Mutation } from './harness.ts';

const concat = (...parts: (Uint8Array | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A character boundary in `bytes` near `fraction` of its length (never inside a sequence). */
function boundary(bytes: Uint8Array, fraction: number): number {
  let i = Math.floor(bytes.length * fraction);
  while (i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++;
  return i;
}

/** `seq` inserted into the bytes at a character boundary. */
const inserted =
  (...seq: number[]) =>
  (b: Uint8Array, at: number) =>
    concat(b.subarray(0, at), seq, b.subarray(at));

/** Ways to break UTF-8, each given the bytes and a character boundary to break them at. */
const BAD_UTF8: [string, (b: Uint8Array, at: number) => Uint8Array][] = [
  ['lone continuation byte', inserted(0x80)],
  ['lone continuation byte first', (b) => concat([0xbf], b)],
  ['lone continuation byte last', (b) => concat(b, [0x9f])],
  [
    'truncated sequence',
    (b, at) => {
      // Drop the last byte of the next three-byte character.
      let i = at;
      while (i < b.length && b[i]! < 0xe0) i++;
      return concat(b.subarray(0, i + 2), b.subarray(i + 3));
    },
  ],
  ['truncated sequence at the end', (b) => concat(b, [0xe5, 0x90])],
  ['overlong "/"', inserted(0xc0, 0xaf)],
  ['overlong NUL', inserted(0xc0, 0x80)],
  ['overlong 3-byte', inserted(0xe0, 0x80, 0xaf)],
  ['overlong 4-byte', inserted(0xf0, 0x80, 0x80, 0xaf)],
  ['encoded surrogate', inserted(0xed, 0xa0, 0x80)],
  ['above U+10FFFF', inserted(0xf4, 0x90, 0x80, 0x80)],
  ['byte 0xFF', inserted(0xff)],
];

function invalidUtf8(): Mutation[] {
  const texts = SOURCES.flatMap((s) =>
    BAD_UTF8.map(([what, apply]) => {
      const at = boundary(s.bytes, prng(`utf8:${s.meta.id}:${what}`).next());
      return rewrite(`${s.textFile}: ${what}`, s.textFile, ['source-utf8'], () =>
        apply(s.bytes, at),
      );
    }),
  );
  const yaml = YAML_FILES.flatMap(({ file, text }, k) =>
    [BAD_UTF8[(k * 2) % BAD_UTF8.length]!, BAD_UTF8[(k * 2 + 3) % BAD_UTF8.length]!].map(
      ([what, apply]) => {
        const bytes = utf8(text);
        return rewrite(`${file}: ${what}`, file, ['yaml-syntax'], () =>
          apply(bytes, boundary(bytes, prng(`utf8:${file}:${what}`).next())),
        );
      },
    ),
  );
  return [...texts, ...yaml];
}

function emptyFile(): Mutation[] {
  const yaml = YAML_FILES.map(({ file }) =>
    rewrite(`${file} empty`, file, ['yaml-syntax'], () => ''),
  );
  const texts = SOURCES.flatMap((s) => [
    rewrite(`${s.textFile} empty`, s.textFile, ['source-text'], () => ''),
    rewrite(`${s.textFile} blank`, s.textFile, ['source-text'], () => '\n\n'),
  ]);
  const [c, s] = [CITIES[0]!, SOURCES[1]!];
  // Blank is no YAML at all; a comment or a bare document marker is a document holding null.
  const blank: [string, string, string[]][] = [
    [c.file, '\n', ['yaml-syntax']],
    [c.file, '  \n\t\n', ['yaml-syntax']],
    [c.file, '# nothing here\n', ['schema']],
    [c.file, '---\n', ['schema']],
    [c.file, '---\n...\n', ['schema']],
    [s.metaFile, '\n\n', ['yaml-syntax']],
    [s.metaFile, '# x\n', ['schema']],
    ['data/indicators.yaml', '---\n', ['schema']],
  ];
  return [
    ...yaml,
    ...texts,
    ...blank.map(([file, text, rules]) =>
      rewrite(`${file} is ${JSON.stringify(text)}`, file, rules, () => text),
    ),
  ];
}

/** Billion laughs: `levels` anchors, each a list of nine aliases of the one before. */
function laughs(levels: number, indent = ''): string {
  const lines = [`${indent}l0: &l0 "lol"`];
  for (let i = 1; i <= levels; i++)
    lines.push(
      `${indent}l${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

function yamlBomb(): Mutation[] {
  const bombs: [string, Content][] = [
    ['billion laughs (9 levels)', laughs(9)],
    ['billion laughs (20 levels)', laughs(20)],
    [
      'quadratic blow-up',
      `a: &a "${'x'.repeat(100_000)}"\nb: [${Array(1000).fill('*a').join(', ')}]\n`,
    ],
    ['self-referencing list', 'figures: &f [*f]\n'],
    ['self-referencing map', 'city: &c\n  slug: hefei\n  name: *c\n'],
    ['merge-key bomb', `${laughs(6)}city:\n  <<: *l6\n`],
  ];
  const whole = YAML_FILES.flatMap(({ file }, k) => {
    const [what, content] = bombs[k % bombs.length]!;
    return [rewrite(`${file}: ${what}`, file, ['yaml-syntax'], () => content)];
  });
  const inside = CITIES.map((c) =>
    rewrite(
      `${c.file}: billion laughs under an unknown key`,
      c.file,
      ['yaml-syntax'],
      () => `${c.text}lol:\n${laughs(9, '  ')}`,
    ),
  );
  return [...whole, ...inside];
}

function deepNesting(): Mutation[] {
  const N = 10_000;
  const structures: [string, string][] = [
    ['flow lists 10,000 deep', `${'['.repeat(N)}${']'.repeat(N)}\n`],
    ['flow maps 10,000 deep', `${'{a: '.repeat(N)}1${'}'.repeat(N)}\n`],
    ['block lists 10,000 deep', `${'- '.repeat(N)}x\n`],
    ['lists and maps 10,000 deep', `${'[{a: '.repeat(N / 2)}1${'}]'.repeat(N / 2)}\n`],
    [
      'block maps 1,000 deep',
      Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1\n',
    ],
    ['flow lists 40 deep', `city: ${'['.repeat(40)}${']'.repeat(40)}\n`],
  ];
  const whole = YAML_FILES.map(({ file }, k) => {
    const [what, text] = structures[k % structures.length]!;
    return rewrite(`${file}: ${what}`, file, ['yaml-syntax'], () => text);
  });
  // Nested inside an otherwise valid figure, where the notes list goes.
  const inside = [40, 500, N].map((depth, k) => {
    const f = FIGURES[k * 29]!;
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    return rewrite(`${f.gid}: notes ${depth} deep`, f.city.file, ['yaml-syntax'], () =>
      spliceScalar(f.city.text, ['figures', f.index, 'notes'], nested),
    );
  });
  return [...whole, ...inside];
}

/** The file with the `n`-th line that sets `key` written twice. */
function duplicateLine(text: string, key: string, n: number, value?: string): string {
  const lines = text.split('\n');
  const hits = lines.flatMap((line, i) => (new RegExp(`^( *)(- )?${key}:`).test(line) ? [i] : []));
  const i = hits[n % hits.length]!;
  const [, indent = '', dash] = /^( *)(- )?/.exec(lines[i]!)!;
  const own = dash ? `${indent}  ${lines[i]!.slice(indent.length + 2)}` : lines[i]!;
  const copy = value === undefined ? own : own.replace(/:.*$/, `: ${value}`);
  lines.splice(i + 1, 0, copy);
  return lines.join('\n');
}

function duplicateKeys(): Mutation[] {
  const perCity: [string, string | undefined][] = [
    ['slug', undefined],
    ['value', '1'],
    ['raw', undefined],
    ['text', undefined],
    ['zh', '重复'],
  ];
  const cities = CITIES.flatMap((c, k) =>
    perCity.map(([key, value]) =>
      rewrite(`${c.file}: ${key} twice`, c.file, ['yaml-syntax'], () =>
        duplicateLine(c.text, key, k * 7 + 3, value),
      ),
    ),
  );
  const others = [
    ...SOURCES.map((s) =>
      rewrite(`${s.metaFile}: sha256 twice`, s.metaFile, ['yaml-syntax'], () =>
        duplicateLine(s.metaText, 'sha256', 0, '"0000"'),
      ),
    ),
    rewrite('data/indicators.yaml: unit twice', 'data/indicators.yaml', ['yaml-syntax'], () =>
      duplicateLine(INDICATORS_TEXT, 'unit', 5),
    ),
    ...CITIES.map((c) =>
      rewrite(
        `${c.file}: figures twice, once quoted`,
        c.file,
        ['yaml-syntax'],
        () => `${c.text}"figures": []\n`,
      ),
    ),
  ];
  return [...cities, ...others];
}

function binaryFile(): Mutation[] {
  const random = (seed: string, n: number) => {
    const rnd = prng(seed);
    return Uint8Array.from({ length: n }, () => rnd.int(256));
  };
  // Binary that is valid UTF-8 (all NULs) fails on its control characters instead.
  const binary = (file: string, bytes: Uint8Array) => {
    const source = file.endsWith('.zh.txt');
    const valid = firstInvalidUtf8(bytes) < 0;
    const rule = source ? (valid ? 'source-text' : 'source-utf8') : 'yaml-syntax';
    return rewrite(`${file}: ${bytes.length} binary bytes`, file, [rule], () => bytes);
  };
  const [c, s] = [CITIES, SOURCES];
  const replaced = [
    ...YAML_FILES.map(({ file }) => binary(file, random(file, 4096))),
    ...s.map(({ textFile }) => binary(textFile, random(textFile, 4096))),
    binary(
      c[0]!.file,
      concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], random('png', 512)),
    ),
    binary(c[1]!.file, concat([0x1f, 0x8b, 0x08, 0x00], random('gzip', 512))),
    binary(c[2]!.file, new Uint8Array(1024)),
    binary(s[0]!.textFile, new Uint8Array(1024)),
    binary(s[1]!.textFile, concat(utf8('%PDF-1.7\n'), random('pdf', 512))),
  ];
  const added: [string, Content][] = [
    ['data/cities/logo.png', random('logo', 256)],
    ['data/cities/hefei.yaml.gz', random('gz', 256)],
    ['data/sources/hefei/scan.pdf', random('scan', 256)],
    ['data/sources/notes.bin', random('notes', 256)],
    ['data/cities/extra.yaml', { directory: true }],
    ['data/seeds/extra', { directory: true }],
    [s[2]!.textFile, { directory: true }],
  ];
  return [
    ...replaced,
    ...added.map(([file, content]) =>
      rewrite(`${file} added`, file, ['file-unknown'], () => content),
    ),
  ];
}

function byteOrderMark(): Mutation[] {
  const utf16 = (s: string, bigEndian: boolean) =>
    Uint8Array.from(
      Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)).flatMap((u) =>
        bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8],
      ),
    );
  const texts = SOURCES.flatMap((s) => [
    rewrite(`${s.textFile}: UTF-8 BOM`, s.textFile, ['source-utf8'], () =>
      concat([0xef, 0xbb, 0xbf], s.bytes),
    ),
    rewrite(`${s.textFile}: two UTF-8 BOMs`, s.textFile, ['source-utf8'], () =>
      concat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], s.bytes),
    ),
    rewrite(`${s.textFile}: UTF-16LE with BOM`, s.textFile, ['source-utf8'], () =>
      concat([0xff, 0xfe], utf16(s.text, false)),
    ),
    rewrite(`${s.textFile}: UTF-16BE with BOM`, s.textFile, ['source-utf8'], () =>
      concat([0xfe, 0xff], utf16(s.text, true)),
    ),
  ]);
  const c = CITIES[1]!;
  return [
    ...texts,
    rewrite(`${c.file}: UTF-16LE with BOM`, c.file, ['yaml-syntax'], () =>
      concat([0xff, 0xfe], utf16(c.text, false)),
    ),
  ];
}

/** Every mutation of these kinds, made afresh (and identically) on each call. */
export function fileKinds(): Kind[] {
  return [
    { kind: 'invalid-utf8', mutations: invalidUtf8() },
    { kind: 'empty-file', mutations: emptyFile() },
    { kind: 'yaml-bomb', mutations: yamlBomb() },
    { kind: 'deep-nesting', mutations: deepNesting() },
    { kind: 'duplicate-keys', mutations: duplicateKeys() },
    { kind: 'binary-file', mutations: binaryFile() },
    { kind: 'bom', mutations: byteOrderMark() },
  ];
}
