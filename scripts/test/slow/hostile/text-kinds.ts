// Hostile characters and sizes in the human-readable texts: labels, notes, reasons, titles, quotes.
import {
  CITIES,
  FIGURES,
  INDICATORS_FILE,
  INDICATORS_TEXT,
  SOURCES,
  setIn,
  spliceScalar,
} from './corpus.ts';
import { rewrite, type Kind, type Mutation } from './harness.ts';

type Path = (string | number)[];

interface Target {
  name: string;
  file: string;
  text: string;
  path: Path;
  value: string;
}

/** The k-th place a text can go, cycling through every kind of human-readable field. */
function target(k: number): Target {
  const f = FIGURES[(k * 7 + 3) % FIGURES.length]!;
  const withNotes = FIGURES.filter((x) => x.figure.notes.length > 0);
  const n = withNotes[k % withNotes.length]!;
  const c = CITIES[k % CITIES.length]!;
  const ex = (k * 3) % c.exclusions.length;
  const s = SOURCES[k % SOURCES.length]!;
  const ind = k % 12;
  const fig = (x: typeof f, path: Path, value: string): Target => ({
    name: x.gid,
    file: x.city.file,
    text: x.city.text,
    path: ['figures', x.index, ...path],
    value,
  });
  const places: Target[] = [
    fig(f, ['label', 'zh'], f.figure.label.zh),
    fig(f, ['label', 'en'], f.figure.label.en),
    fig(n, ['notes', 0, 'en'], n.figure.notes[0]!.en),
    fig(n, ['notes', 0, 'zh'], n.figure.notes[0]!.zh),
    fig(f, ['quote', 'text'], f.figure.quote.text),
    {
      name: c.slug,
      file: c.file,
      text: c.text,
      path: ['exclusions', ex, 'reason', 'en'],
      value: c.exclusions[ex]!.reason.en,
    },
    {
      name: s.meta.id,
      file: s.metaFile,
      text: s.metaText,
      path: ['title', 'en'],
      value: s.meta.title.en,
    },
    {
      name: s.meta.id,
      file: s.metaFile,
      text: s.metaText,
      path: ['sections', 1, 'heading', 'zh'],
      value: s.meta.sections[1]!.heading.zh,
    },
    {
      name: 'indicators',
      file: INDICATORS_FILE,
      text: INDICATORS_TEXT,
      path: ['indicators', ind, 'name', 'en'],
      value: 'Indicator name',
    },
  ];
  return places[k % places.length]!;
}

const hex4 = (c: string) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

/** A YAML double-quoted scalar; `raw` characters are written as they are, all others escaped. */
function quoted(value: string, raw: (c: string) => boolean): string {
  const body = Array.from(value, (c) => {
    if (raw(c)) return c;
    if (c === '"' || c === '\\') return `\\${c}`;
    return /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\u2028\u2029\uFEFF]/u.test(c)
      ? `\\u${hex4(c)}`
      : c;
  }).join('');
  return `"${body}"`;
}

/** `c` inserted in the middle of the target's text, written escaped or raw. */
function insert(k: number, c: string, how: 'escaped' | 'raw', rules: string[]): Mutation {
  const t = target(k);
  const chars = Array.from(t.value);
  const mid = chars.length >> 1;
  const value = [...chars.slice(0, mid), c, ...chars.slice(mid)].join('');
  return rewrite(`${t.name}: U+${hex4(c)} ${how} in ${t.path.join('.')}`, t.file, rules, () =>
    spliceScalar(
      t.text,
      t.path,
      quoted(value, (x) => how === 'raw' && x === c),
    ),
  );
}

const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i));

function controlChars(): Mutation[] {
  // Escaped, every one reaches the schema; C1 controls (U+0080, U+0085, U+009B) as well.
  const escaped = [...C0, '\u007F', '\u0080', '\u0085', '\u009B'].map((c, k) =>
    insert(k, c, 'escaped', ['schema']),
  );
  // Raw, YAML forbids all but tab (line breaks would only end the line, so they are left out).
  const raw = [...C0, '\u007F']
    .filter((c) => c !== '\n' && c !== '\r')
    .map((c, k) => insert(k + 5, c, 'raw', c === '\t' ? ['schema'] : ['yaml-syntax']));
  return [...escaped, ...raw];
}

const BIDI = [
  ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'],
  ...['\u2066', '\u2067', '\u2068', '\u2069'],
  ...['\u200E', '\u200F', '\u2028', '\u2029'],
];

function bidiChars(): Mutation[] {
  return BIDI.flatMap((c, i) => [
    insert(i, c, 'raw', ['schema']),
    insert(i + BIDI.length, c, 'raw', ['schema']),
    insert(i + 2 * BIDI.length, c, 'escaped', ['schema']),
  ]);
}

// Invisible characters: two labels that look the same would differ.
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

function invisibleChars(): Mutation[] {
  return INVISIBLE.flatMap((c, i) => [
    insert(i + 3, c, 'escaped', ['schema']),
    ...(c === '\uFEFF' ? [] : [insert(i + 3 + INVISIBLE.length, c, 'raw', ['schema'])]),
  ]);
}

// Text that a spreadsheet opening the CSV downloads would run as a formula ("CSV injection").
const FORMULAS = ['=HYPERLINK("http://x.example","x")', '+1+1', '-2+3', '@SUM(A1)', '＝1+1'];

function formulaStarts(): Mutation[] {
  const mutations: Mutation[] = [];
  for (let k = 0; mutations.length < 3 * FORMULAS.length; k++) {
    const t = target(k);
    if (t.path.includes('quote')) continue; // verbatim source text: the quote check owns it
    const formula = FORMULAS[mutations.length % FORMULAS.length]!;
    mutations.push(
      rewrite(`${t.name}: ${t.path.join('.')} starts with ${formula}`, t.file, ['schema'], () =>
        setIn(t.text, t.path, `${formula} ${t.value}`),
      ),
    );
  }
  return mutations;
}

function longStrings(): Mutation[] {
  const KB100 = 100_000;
  const MB = 1_000_000;
  const f = FIGURES[11]!;
  const c = CITIES[2]!;
  const s = SOURCES[0]!;
  const figure = (path: Path, value: string, what: string, rules = ['schema']) =>
    rewrite(`${f.gid}: ${path.join('.')} ${what}`, f.city.file, rules, () =>
      setIn(f.city.text, ['figures', f.index, ...path], value),
    );
  return [
    figure(['label', 'en'], 'a'.repeat(KB100), '100 kB'),
    figure(['label', 'zh'], '长'.repeat(KB100 / 3), '100 kB of CJK'),
    figure(['quote', 'text'], 'q'.repeat(MB), '1 MB'),
    figure(['quote', 'text'], '引'.repeat(MB / 3), '1 MB of CJK'),
    figure(['id'], 'a'.repeat(KB100), '100 kB'),
    figure(['raw'], '1'.repeat(KB100), '100 kB of digits'),
    figure(['formula'], `(${'a + '.repeat(KB100 / 4)}a)`, '100 kB'),
    figure(['notes'], 'n'.repeat(6 * MB), '6 MB', ['file-size']),
    rewrite(`${c.slug}: exclusion text 1 MB`, c.file, ['schema'], () =>
      setIn(c.text, ['exclusions', 0, 'text'], '一'.repeat(MB)),
    ),
    rewrite(`${s.meta.id}: title 100 kB`, s.metaFile, ['schema'], () =>
      setIn(s.metaText, ['title', 'en'], 't'.repeat(KB100)),
    ),
    rewrite(`${s.meta.id}: section marker 100 kB`, s.metaFile, ['schema'], () =>
      setIn(s.metaText, ['sections', 2, 'marker'], '二'.repeat(KB100)),
    ),
    rewrite('indicators: definition 100 kB', INDICATORS_FILE, ['schema'], () =>
      setIn(INDICATORS_TEXT, ['indicators', 3, 'definition', 'en'], 'd'.repeat(KB100)),
    ),
  ];
}

/** Every mutation of these kinds, made afresh (and identically) on each call. */
export function textKinds(): Kind[] {
  return [
    { kind: 'control-chars', mutations: controlChars() },
    { kind: 'bidi-chars', mutations: bidiChars() },
    { kind: 'invisible-chars', mutations: invisibleChars() },
    { kind: 'formula-start', mutations: formulaStarts() },
    { kind: 'long-strings', mutations: longStrings() },
  ];
}
