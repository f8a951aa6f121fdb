// Mutations of the shape of the YAML inputs: fields dropped, mistyped, unknown, or a root that is no map.
import { stringify } from 'yaml';
import {
  CITIES,
  FIGURES,
  INDICATORS,
  INDICATORS_FILE,
  INDICATORS_TEXT,
  SOURCES,
  edit,
  prng,
  setIn,
  spliceScalar,
  type RealFigure,
} from './corpus.ts';
import { rewrite, type Kind, type Mutation } from './harness.ts';

type Path = (string | number)[];
const SCHEMA = ['schema'];
const show = (path: Path) => path.join('.');

const drop = (name: string, file: string, text: string, path: Path) =>
  rewrite(`${name}: drop ${show(path)}`, file, SCHEMA, () => edit(text, (d) => d.deleteIn(path)));

const set = (name: string, file: string, text: string, path: Path, value: unknown) =>
  rewrite(`${name}: ${show(path)} = ${JSON.stringify(value) ?? String(value)}`, file, SCHEMA, () =>
    setIn(text, path, value),
  );

const figureSet = (f: RealFigure, path: Path, value: unknown) =>
  set(f.gid, f.city.file, f.city.text, ['figures', f.index, ...path], value);

/** Space-separated dotted paths, e.g. "label.zh sections.0.marker". */
const paths = (list: string): Path[] =>
  list.split(' ').map((p) => p.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)));

const FIGURE_FIELDS = paths(
  'id source section label title value raw unit unit_zh qualifier period quote quote_en indicator ' +
    'formula notes label.zh label.en title.zh title.en period.wording period.kind period.start ' +
    'period.end quote.text quote.start quote.end',
);
const EXCLUSION_FIELDS = paths('source text count kind reason reason.zh reason.en');
const SOURCE_FIELDS = paths(
  'id city title author language republication seed sha256 sections notes title.en author.zh ' +
    'republication.url republication.publisher seed.file seed.byte_start seed.byte_end ' +
    'sections.0.marker sections.1.heading sections.2.number sections.1.heading.en',
);
const INDICATOR_FIELDS = paths(
  'id name definition unit alternate_units comparability name.zh definition.en comparability.en',
);
const CITY_FIELDS = paths('slug name province admin_code name.zh province.en');

function fieldsDropped(): Mutation[] {
  const figures = FIGURES.map((f, i) =>
    drop(f.gid, f.city.file, f.city.text, [
      'figures',
      f.index,
      ...FIGURE_FIELDS[i % FIGURE_FIELDS.length]!,
    ]),
  );
  const exclusions = CITIES.flatMap((c) => {
    const rnd = prng(`drop:${c.slug}`);
    return EXCLUSION_FIELDS.map((path) =>
      drop(c.slug, c.file, c.text, ['exclusions', rnd.int(c.exclusions.length), ...path]),
    );
  });
  const sources = SOURCE_FIELDS.map((path, k) => {
    const s = SOURCES[k % SOURCES.length]!;
    return drop(s.meta.id, s.metaFile, s.metaText, path);
  });
  const indicators = INDICATOR_FIELDS.map((path, k) =>
    drop('indicators', INDICATORS_FILE, INDICATORS_TEXT, [
      'indicators',
      (k * 5) % INDICATORS.length,
      ...path,
    ]),
  );
  const cities = CITIES.flatMap((c) => [
    ...CITY_FIELDS.map((path) => drop(c.slug, c.file, c.text, ['city', ...path])),
    ...['city', 'figures', 'exclusions'].map((k) => drop(c.slug, c.file, c.text, [k])),
  ]);
  const top = drop('indicators', INDICATORS_FILE, INDICATORS_TEXT, ['indicators']);
  return [...figures, ...exclusions, ...sources, ...indicators, ...cities, top];
}

const FIGURE_MISTYPES: [Path, (f: RealFigure) => unknown][] = [
  [['value'], (f) => String(f.figure.value)],
  [['value'], () => true],
  [['value'], () => null],
  [['value'], (f) => [f.figure.value]],
  [['value'], (f) => ({ amount: f.figure.value })],
  [['value'], () => Infinity],
  [['value'], () => NaN],
  [['section'], (f) => String(f.figure.section)],
  [['section'], () => null],
  [['raw'], (f) => Number.parseFloat(f.figure.raw.replace(/[^0-9.]/g, '')) || 1],
  [['raw'], () => null],
  [['raw'], (f) => [f.figure.raw]],
  [['unit'], () => 1],
  [['unit'], () => null],
  [['unit'], (f) => [f.figure.unit]],
  [['unit_zh'], () => 1],
  [['unit_zh'], () => null],
  [['qualifier'], () => null],
  [['qualifier'], () => 0],
  [['qualifier'], () => true],
  [['id'], () => 123],
  [['id'], () => null],
  [['id'], (f) => [f.figure.id]],
  [['source'], () => null],
  [['source'], () => 42],
  [['label'], (f) => f.figure.label.en],
  [['label'], (f) => [f.figure.label.zh, f.figure.label.en]],
  [['label'], () => null],
  [['label', 'zh'], () => 1],
  [['label', 'en'], () => null],
  [['label', 'en'], () => false],
  [['title'], (f) => f.figure.title.en],
  [['title', 'zh'], () => null],
  [['title', 'en'], () => 60],
  [['quote_en'], () => null],
  [['quote_en'], (f) => [f.figure.quote_en]],
  [['quote_en'], () => 3937],
  [['period'], () => null],
  [['period'], (f) => f.figure.period.kind],
  [['period'], (f) => [f.figure.period.kind]],
  [['period', 'kind'], () => 1],
  [['period', 'wording'], () => 5],
  [['quote'], (f) => f.figure.quote.text],
  [['quote'], () => null],
  [['quote'], (f) => [f.figure.quote.text, f.figure.quote.start, f.figure.quote.end]],
  [['quote', 'text'], () => 1],
  [['quote', 'start'], (f) => String(f.figure.quote.start)],
  [['quote', 'end'], (f) => String(f.figure.quote.end)],
  [['quote', 'start'], () => null],
  [['quote', 'start'], () => -1],
  [['quote', 'end'], (f) => f.figure.quote.end + 0.5],
  [['indicator'], () => 1],
  [['indicator'], (f) => ({ id: f.figure.indicator })],
  [['indicator'], () => true],
  [['formula'], () => 1],
  [['formula'], () => []],
  [['notes'], () => ({ zh: '说明', en: 'A note' })],
  [['notes'], () => 'a note'],
  [['notes'], () => null],
  [['notes'], () => ['a note']],
  [['notes'], () => [null]],
];

function fieldsMistyped(): Mutation[] {
  const figures = FIGURE_MISTYPES.map(([path, value], k) => {
    const f = FIGURES[(k * 13) % FIGURES.length]!;
    return figureSet(f, path, value(f));
  });
  const exclusions = (
    [
      [['count'], '1'],
      [['count'], null],
      [['count'], 1.5],
      [['count'], 0],
      [['count'], -1],
      [['text'], 1],
      [['text'], null],
      [['reason'], 'not a number'],
      [['kind'], null],
      [['source'], 1],
      [['reason', 'en'], []],
    ] as [Path, unknown][]
  ).map(([path, value], k) => {
    const c = CITIES[k % CITIES.length]!;
    return set(
      c.slug,
      c.file,
      c.text,
      ['exclusions', (k * 5) % c.exclusions.length, ...path],
      value,
    );
  });
  const sources = (
    [
      [['seed', 'byte_start'], '0'],
      [['seed', 'byte_end'], null],
      [['sections'], {}],
      [['sections'], 'one'],
      [['sections', 0], 'lead'],
      [['title'], 'a title'],
      [['sha256'], 123],
      [['sha256'], null],
      [['language'], 'en'],
      [['notes'], {}],
      [['republication', 'date'], 20230927],
      [['republication', 'url'], 'not a url'],
      [['republication', 'url'], 'javascript:alert(1)'],
      [['seed'], ['data/seeds/x.txt', 0, 1]],
    ] as [Path, unknown][]
  ).map(([path, value], k) => {
    const s = SOURCES[k % SOURCES.length]!;
    return set(s.meta.id, s.metaFile, s.metaText, path, value);
  });
  const indicators = (
    [
      [['alternate_units'], 'institutions'],
      [['alternate_units'], {}],
      [['alternate_units'], ['no-such-unit']],
      [['unit'], null],
      [['id'], 1],
      [['name'], 'a name'],
    ] as [Path, unknown][]
  ).map(([path, value], k) =>
    set('indicators', INDICATORS_FILE, INDICATORS_TEXT, ['indicators', k, ...path], value),
  );
  const cities = CITIES.flatMap((c) =>
    (
      [
        [['city', 'admin_code'], Number(c.text.match(/admin_code: '(\d+)'/)?.[1] ?? 0)],
        [['city', 'admin_code'], null],
        [['city', 'name'], c.slug],
        [['city', 'slug'], 1],
        [['figures'], { first: 1 }],
        [['exclusions'], 'none'],
        [['city'], [c.slug]],
      ] as [Path, unknown][]
    ).map(([path, value]) => set(c.slug, c.file, c.text, path, value)),
  );
  const top = set('indicators', INDICATORS_FILE, INDICATORS_TEXT, ['indicators'], { a: 1 });
  return [...figures, ...exclusions, ...sources, ...indicators, ...cities, top];
}

// Typos, published-only fields, prototype names, and keys that hide text or run long.
const KEYS = ['colour', 'Value', 'unit-zh', 'global_id', '__proto__', 'constructor'];
const HOSTILE_KEYS = ['"\\u202Egpj.exe"', '"a\\u0007b"', `? k${'e'.repeat(100_000)}y`];

function unknownKey(): Mutation[] {
  const add = (name: string, file: string, text: string, path: Path, key: string) =>
    rewrite(`${name}: unknown key ${show(path)}.${key.slice(0, 20)}`, file, SCHEMA, () =>
      spliceScalar(text, [...path, 'hostile-key'], '1').replace(
        /^( *)(- )?hostile-key: 1$/m,
        // A key over 1024 characters must be explicit (`? key` then `: value`) to be YAML at all.
        (_, indent: string, dash = '') =>
          key.startsWith('? ')
            ? `${indent}${dash}${key}\n${indent}${dash ? '  ' : ''}: 1`
            : `${indent}${dash}${key}: 1`,
      ),
    );
  const figureKeys = [...KEYS, ...HOSTILE_KEYS].map((key, k) => {
    const f = FIGURES[(k * 17) % FIGURES.length]!;
    return add(f.gid, f.city.file, f.city.text, ['figures', f.index], key);
  });
  const c = CITIES[0]!;
  const s = SOURCES[1]!;
  const f = FIGURES[5]!;
  const nested: [string, string, string, Path, string][] = [
    [c.slug, c.file, c.text, [], 'figure'],
    [c.slug, c.file, c.text, [], 'Figures'],
    [c.slug, c.file, c.text, [], '__proto__'],
    [c.slug, c.file, c.text, ['city'], 'population'],
    [c.slug, c.file, c.text, ['exclusions', 2], 'note'],
    [f.gid, f.city.file, f.city.text, ['figures', f.index, 'quote'], 'occurence'],
    [f.gid, f.city.file, f.city.text, ['figures', f.index, 'period'], 'kind2'],
    [f.gid, f.city.file, f.city.text, ['figures', f.index, 'label'], 'fr'],
    [s.meta.id, s.metaFile, s.metaText, [], 'url'],
    [s.meta.id, s.metaFile, s.metaText, [], 'text'],
    [s.meta.id, s.metaFile, s.metaText, ['sections', 1], 'title'],
    [s.meta.id, s.metaFile, s.metaText, ['seed'], 'path'],
    [s.meta.id, s.metaFile, s.metaText, ['republication'], 'author'],
    ['indicators', INDICATORS_FILE, INDICATORS_TEXT, [], 'version'],
    ['indicators', INDICATORS_FILE, INDICATORS_TEXT, ['indicators', 4], 'units'],
  ];
  return [...figureKeys, ...nested.map((args) => add(...args))];
}

function notAMap(): Mutation[] {
  const roots = (c: (typeof CITIES)[number]): [string, string][] => [
    ['the figures list', stringify(c.figures)],
    ['the whole map in a list', stringify([{ city: c.slug, figures: [], exclusions: [] }])],
    ['a string', `${c.slug}\n`],
    ['a number', '42\n'],
    ['null', '~\n'],
    ['binary', '!!binary aGVsbG8=\n'],
  ];
  const cities = CITIES.flatMap((c) =>
    roots(c).map(([what, text]) => rewrite(`${c.file} is ${what}`, c.file, SCHEMA, () => text)),
  );
  const others = [
    rewrite(`${SOURCES[0]!.metaFile} is a list`, SOURCES[0]!.metaFile, SCHEMA, () =>
      stringify([SOURCES[0]!.meta]),
    ),
    rewrite(`${SOURCES[2]!.metaFile} is a string`, SOURCES[2]!.metaFile, SCHEMA, () => 'x\n'),
    rewrite(`${INDICATORS_FILE} is the bare list`, INDICATORS_FILE, SCHEMA, () =>
      stringify(INDICATORS),
    ),
    rewrite(`${INDICATORS_FILE} is a number`, INDICATORS_FILE, SCHEMA, () => '12\n'),
  ];
  return [...cities, ...others];
}

/** Every mutation of these kinds, made afresh (and identically) on each call. */
export function fieldKinds(): Kind[] {
  return [
    { kind: 'field-dropped', mutations: fieldsDropped() },
    { kind: 'field-mistyped', mutations: fieldsMistyped() },
    { kind: 'unknown-key', mutations: unknownKey() },
    { kind: 'not-a-map', mutations: notAMap() },
  ];
}
