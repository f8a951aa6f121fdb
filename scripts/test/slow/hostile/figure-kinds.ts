// Mutations of single figures: each breaks one rule that a reader of the source could check.
import { UNITS, type Unit } from '@shuangjian/schema';
import { measureWords } from '../../../src/validate/measure-words.ts';
import {
  CITIES,
  FIGURES,
  INDICATORS,
  INDICATORS_FILE,
  INDICATORS_TEXT,
  SOURCES,
  prng,
  setIn,
  type RealFigure,
} from './corpus.ts';
import { rewrite, type Kind, type Mutation } from './harness.ts';

/** Set fields of one figure, given as [path under the figure, value]. */
function setFigure(
  f: RealFigure,
  name: string,
  expectRules: readonly string[],
  ...changes: [(string | number)[], unknown][]
): Mutation {
  return rewrite(`${f.gid}: ${name}`, f.city.file, expectRules, () =>
    changes.reduce(
      (text, [path, value]) => setIn(text, ['figures', f.index, ...path], value),
      f.city.text,
    ),
  );
}

// Look-alikes and fillers a one-character slip could introduce.
const SLIPS = ['某', '的', ' ', '\u00A0', '\u3000', '，', ',', '0', '〇', 'l', '—'];

function quoteOneChar(): Mutation[] {
  return FIGURES.flatMap((f) => {
    const rnd = prng(`quote:${f.gid}`);
    const chars = Array.from(f.figure.quote.text);
    return (['insert', 'delete', 'replace'] as const).flatMap((op) => {
      // Interior positions only, so the quote keeps no leading or trailing whitespace.
      const positions = op === 'insert' ? chars.length - 1 : chars.length - 2;
      const first = rnd.int(positions);
      for (let k = 0; k < positions; k++) {
        const at = 1 + ((first + k) % positions);
        const slip = rnd.pick(SLIPS.filter((c) => c !== chars[at]));
        const text = [...chars];
        if (op === 'insert') text.splice(at, 0, slip);
        else if (op === 'delete') text.splice(at, 1);
        else text[at] = slip;
        const quote = text.join('');
        // A slip that leaves text found elsewhere in the source is a different mutation.
        if (f.source.text.includes(quote)) continue;
        const what = op === 'delete' ? `delete "${chars[at]}"` : `${op} ${JSON.stringify(slip)}`;
        return [
          setFigure(f, `quote ${what} at ${at}`, ['quote-verbatim'], [['quote', 'text'], quote]),
        ];
      }
      return [];
    });
  });
}

function valueOff(): Mutation[] {
  return FIGURES.map((f, i) => {
    const v = f.figure.value;
    const [op, value] = (
      [
        ['+1', v + 1],
        ['-1', v - 1],
        ['x10', v * 10],
      ] as const
    )[i % 3]!;
    return setFigure(f, `value ${op}`, value < 0 ? ['schema'] : ['value-mismatch'], [
      ['value'],
      value,
    ]);
  });
}

const indicatorOf = (f: RealFigure) => INDICATORS.find((x) => x.id === f.figure.indicator);

function unitSwapped(): Mutation[] {
  return FIGURES.flatMap((f) => {
    const { unit, unit_zh, value } = f.figure;
    const ind = indicatorOf(f);
    const candidates = (Object.keys(UNITS) as Unit[])
      .filter((u) => u !== unit)
      .map((u) => {
        const rules: string[] = [];
        if (ind && ind.unit !== u && !ind.alternate_units.includes(u)) rules.push('indicator-unit');
        if (!measureWords(u).includes(unit_zh)) rules.push('unit-zh');
        if (u === 'percent' && value > 100) rules.push('value-range');
        return { u, rules };
      })
      // A swap to another unit written with the same word (个: institutions or areas) cannot be seen.
      .filter((c) => c.rules.length > 0);
    const { u, rules } = prng(`unit:${f.gid}`).pick(candidates);
    return [setFigure(f, `unit ${unit} -> ${u}`, rules, [['unit'], u])];
  });
}

const ALL_WORDS = [
  ...new Set([...(Object.keys(UNITS) as Unit[]).flatMap(measureWords), '人', '个', '次', '万']),
];

function unitZhSwapped(): Mutation[] {
  return FIGURES.flatMap((f) => {
    const { raw, unit, unit_zh, quote } = f.figure;
    const candidates = ALL_WORDS.filter((w) => w !== unit_zh)
      .map((w) => {
        // Still adjacent ("3937人" within "3937人次"): only the unit's word list can tell.
        if (quote.text.includes(raw + w))
          return { w, rules: measureWords(unit).includes(w) ? [] : ['unit-zh'] };
        return { w, rules: ['unit-zh-adjacent'] };
      })
      .filter((c) => c.rules.length > 0);
    const { w, rules } = prng(`unit_zh:${f.gid}`).pick(candidates);
    return [setFigure(f, `unit_zh ${unit_zh} -> ${w}`, rules, [['unit_zh'], w])];
  });
}

function qualifierSwapped(): Mutation[] {
  return FIGURES.map((f, i) => {
    const others = ['exact', 'at_least', 'approx'].filter((q) => q !== f.figure.qualifier);
    const q = others[i % 2]!;
    return setFigure(
      f,
      `qualifier ${f.figure.qualifier} -> ${q}`,
      ['qualifier-mismatch'],
      [['qualifier'], q],
    );
  });
}

function duplicateId(): Mutation[] {
  const figures = CITIES.flatMap((city) => {
    const rnd = prng(`dup:${city.slug}`);
    return Array.from({ length: 6 }, (_, k) => {
      const i = rnd.int(city.figures.length);
      const j = (i + 1 + rnd.int(city.figures.length - 1)) % city.figures.length;
      const f = FIGURES.find((x) => x.city === city && x.index === j)!;
      return setFigure(
        f,
        `id := ${city.figures[i]!.id} (${k})`,
        ['id-unique'],
        [['id'], city.figures[i]!.id],
      );
    });
  });
  const indicators = [0, 3, 7].map((i) =>
    rewrite(`indicator #${i + 1} id := #${i + 2}'s`, INDICATORS_FILE, ['id-unique'], () =>
      setIn(INDICATORS_TEXT, ['indicators', i, 'id'], INDICATORS[i + 1]!.id),
    ),
  );
  const sources = SOURCES.map((s) => {
    const copy = s.metaFile.replace(/\.yaml$/, '-copy.yaml');
    return {
      name: `${s.metaFile} copied to ${copy}`,
      file: copy,
      expect: ['id-unique', 'source-id'],
      writes: () =>
        [
          [copy, s.metaText],
          [copy.replace(/\.yaml$/, '.zh.txt'), s.bytes],
        ] as [string, string | Uint8Array][],
    };
  });
  const cities = CITIES.map((c) => {
    const copy = c.file.replace(/\.yaml$/, '-copy.yaml');
    return rewrite(`${c.file} copied to ${copy}`, copy, ['city-slug'], () => c.text);
  });
  return [...figures, ...indicators, ...sources, ...cities];
}

function indicatorUnknown(): Mutation[] {
  return FIGURES.flatMap((f, i) => {
    const ind = f.figure.indicator;
    if (ind !== null)
      return [
        setFigure(
          f,
          `indicator ${ind}-retired`,
          ['indicator-unknown'],
          [['indicator'], `${ind}-retired`],
        ),
      ];
    if (i % 3 !== 0) return [];
    // Not dot-separated kebab-case: the schema refuses it before any lookup.
    const bad = ['enforcement', 'Enforcement.Personnel', 'enforcement..x', 'a.b c'][i % 4]!;
    return [
      setFigure(
        f,
        'indicator no.such-measure',
        ['indicator-unknown'],
        [['indicator'], 'no.such-measure'],
      ),
      setFigure(f, `indicator ${JSON.stringify(bad)}`, ['schema'], [['indicator'], bad]),
    ];
  });
}

function sectionOutOfRange(): Mutation[] {
  const figures = FIGURES.map((f, i) => {
    const count = f.source.meta.sections.length;
    const variants: [unknown, string][] = [
      [-1, 'schema'],
      [-1000, 'schema'],
      [100, 'schema'],
      [1e9, 'schema'],
      [2 ** 53, 'schema'],
      [1.5, 'schema'],
      [0.25, 'schema'],
      [count, 'section-range'],
      [count + 1, 'section-range'],
      [99, 'section-range'],
      ['1', 'schema'],
    ];
    const [value, rule] = variants[i % variants.length]!;
    return setFigure(f, `section ${JSON.stringify(value)}`, [rule], [['section'], value]);
  });
  const sources = SOURCES.flatMap((s) =>
    (
      [
        [-1, 'schema'],
        [1.5, 'schema'],
        [100, 'schema'],
        [50, 'section-order'],
      ] as const
    ).map(([value, rule]) =>
      rewrite(`${s.meta.id}: sections[1].number ${value}`, s.metaFile, [rule], () =>
        setIn(s.metaText, ['sections', 1, 'number'], value),
      ),
    ),
  );
  return [...figures, ...sources];
}

const BAD_KINDS = ['monthly', 'Year', 'as-of', '', 'year ', 'CUMULATIVE', 'season,year', 0, null];
const BAD_DATES = [
  '2023-02-30',
  '2023-02-29',
  '2023-13-01',
  '2023-00-10',
  '2023-09-31',
  '2023/09/27',
  '20230927',
  '2023-9-27',
  '23-09-27',
  '2023-09-27T00:00:00Z',
  ' 2023-09-27',
  'yesterday',
  '+2023-09-27',
  '2023-W39',
  '0000-00-00',
  20230927,
];

function periodInvalid(): Mutation[] {
  const at = (k: number) => FIGURES[(k * 11) % FIGURES.length]!;
  const kinds = BAD_KINDS.map((kind, k) =>
    setFigure(at(k), `period.kind ${JSON.stringify(kind)}`, ['schema'], [['period', 'kind'], kind]),
  );
  const dates = BAD_DATES.map((date, k) => {
    const end = k % 2 === 1 ? 'end' : 'start';
    return setFigure(
      at(k + 20),
      `period.${end} ${JSON.stringify(date)}`,
      ['schema'],
      [['period', end], date],
    );
  });
  const reversed = [0, 1, 2].map((k) =>
    setFigure(
      at(k + 40),
      'period ends before it starts',
      ['period-dates'],
      [['period', 'start'], '2023-12-31'],
      [['period', 'end'], '2023-01-01'],
    ),
  );
  const published = SOURCES.map((s, k) =>
    rewrite(`${s.meta.id}: republication.date ${BAD_DATES[k]}`, s.metaFile, ['schema'], () =>
      setIn(s.metaText, ['republication', 'date'], BAD_DATES[k]),
    ),
  );
  return [...kinds, ...dates, ...reversed, ...published];
}

/** Every mutation of these kinds, made afresh (and identically) on each call. */
export function figureKinds(): Kind[] {
  return [
    { kind: 'quote-one-char', mutations: quoteOneChar() },
    { kind: 'value-off', mutations: valueOff() },
    { kind: 'unit-swapped', mutations: unitSwapped() },
    { kind: 'unit-zh-swapped', mutations: unitZhSwapped() },
    { kind: 'qualifier-swapped', mutations: qualifierSwapped() },
    { kind: 'duplicate-id', mutations: duplicateId() },
    { kind: 'indicator-unknown', mutations: indicatorUnknown() },
    { kind: 'section-out-of-range', mutations: sectionOutOfRange() },
    { kind: 'period-invalid', mutations: periodInvalid() },
  ];
}
