// For each validation rule: a mutated copy of a real annotation must fail with that rule, naming the figure.
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import { runBuildData } from '../../src/build/run.ts';
import { validate } from '../../src/validate/validate.ts';
import { copyRepo, editYaml, figureIndex, realFigures, removeRepo } from '../fixture-repo.ts';

const HEFEI = 'data/cities/hefei.yaml';
const HUANGSHAN = 'data/cities/huangshan.yaml';
const hefei = realFigures('hefei');
const huangshan = realFigures('huangshan');
const byRaw = (figs: typeof hefei, raw: string) => figs.find((f) => f.raw === raw)!;
const enforcement = byRaw(hefei, '3937');
const rate = huangshan.find((f) => f.formula !== null)!;
const withIndicator = hefei.filter((f) => f.indicator !== null);

let root: string;
beforeEach(() => {
  root = copyRepo();
});
afterEach(() => removeRepo(root));

const set = (id: string, path: (string | number)[], value: unknown) => (doc: Document) =>
  doc.setIn(['figures', figureIndex(doc, id), ...path], value);

function expectRule(rule: string, file: string, figure?: string) {
  const { issues } = validate(join(root, 'data'));
  const match = issues.find(
    (i) => i.rule === rule && i.file === file && (figure === undefined || i.figure === figure),
  );
  expect(
    match,
    `expected [${rule}] in ${file}${figure ? ` for ${figure}` : ''}; got:\n${issues.map((i) => `[${i.rule}] ${i.file} ${i.figure ?? ''} ${i.message}`).join('\n')}`,
  ).toBeDefined();
  return issues;
}

describe('the real data', () => {
  it('validates with no issue (so every failure below comes from its mutation)', () => {
    expect(validate(join(root, 'data')).issues).toEqual([]);
  });
});

describe('figure rules', () => {
  const gid = `hefei/${enforcement.id}`;
  it.each<[string, (string | number)[], unknown]>([
    ['schema', ['colour'], 'red'],
    ['schema', ['unit'], 'people'],
    ['schema', ['label', 'en'], 'Enforcement staff \u202Eevil'],
    ['quote-verbatim', ['quote', 'text'], enforcement.quote.text.replace('执法', '执行')],
    ['quote-offsets', ['quote', 'start'], enforcement.quote.start + 1],
    ['quote-section', ['section'], enforcement.section === 1 ? 2 : 1],
    ['section-range', ['section'], 9],
    ['raw-in-quote', ['raw'], '3938'],
    ['unit-zh-adjacent', ['unit_zh'], '名'],
    ['value-mismatch', ['value'], 3938],
    ['value-parse', ['raw'], '3937人'],
    ['qualifier-mismatch', ['qualifier'], 'at_least'],
    ['indicator-unknown', ['indicator'], 'enforcement.no-such-thing'],
    ['indicator-unit', ['unit'], 'persons'],
    ['period-wording', ['period', 'wording'], '去年以来'],
    [
      'period-dates',
      ['period'],
      { wording: null, kind: 'year', start: '2023-12-31', end: '2023-01-01' },
    ],
  ])('[%s] when %j is set to %j', (rule, path, value) => {
    editYaml(root, HEFEI, set(enforcement.id, path, value));
    expectRule(rule, HEFEI, gid);
  });

  it('[quote-ambiguous] when the quote occurs twice', () => {
    const f = byRaw(hefei, '46');
    editYaml(root, HEFEI, set(f.id, ['quote', 'text'], '46'));
    expectRule('quote-ambiguous', HEFEI, `hefei/${f.id}`);
  });

  it('[id-unique] when two figures share an id', () => {
    editYaml(root, HEFEI, set(hefei[1]!.id, ['id'], hefei[0]!.id));
    expectRule('id-unique', HEFEI, `hefei/${hefei[0]!.id}`);
  });

  it('[indicator-duplicate] when two figures of a city claim one indicator', () => {
    const other = hefei.find((f) => f.indicator === null && f.unit === 'person-times')!;
    editYaml(root, HEFEI, set(other.id, ['indicator'], enforcement.indicator));
    const issue = expectRule('indicator-duplicate', HEFEI).find(
      (i) => i.rule === 'indicator-duplicate',
    )!;
    expect([issue.figure, issue.message]).toEqual(
      expect.arrayContaining([
        expect.stringContaining(other.id),
        expect.stringContaining(enforcement.id),
      ]),
    );
  });

  it('[rate-formula] when a stated rate does not recompute', () => {
    const refs = rate.formula!.match(/[a-z0-9]+(?:-[a-z0-9]+)*/g)!;
    editYaml(root, HUANGSHAN, set(rate.id, ['formula'], `${refs[0]} / ${refs[0]}`));
    expectRule('rate-formula', HUANGSHAN, `huangshan/${rate.id}`);
  });

  it('[rate-formula] when a formula names an unknown figure', () => {
    editYaml(root, HUANGSHAN, set(rate.id, ['formula'], 'no-such-figure / 2'));
    expectRule('rate-formula', HUANGSHAN, `huangshan/${rate.id}`);
  });
});

describe('title and quote_en rules', () => {
  const gid = `hefei/${enforcement.id}`;
  const other = hefei.find((f) => f.id !== enforcement.id)!;

  it.each<[string, (string | number)[], unknown]>([
    ['title-length', ['title', 'zh'], '今年以来市县两级联合执法检查出动执法人员'],
    [
      'title-length',
      ['title', 'en'],
      'Enforcement staff deployed in the joint inspections this year',
    ],
    ['quote-en', ['quote_en'], 'city and county levels deployed enforcement staff'],
    ['quote-en', ['quote_en'], 'city and county levels deployed 3,937 人次 of enforcement staff'],
    ['quote-en-value', ['quote_en'], 'city and county levels deployed about 3,900 person-times'],
    ['quote-en-value', ['quote_en'], 'city and county levels deployed 3.9 thousand person-times'],
    ['schema', ['quote_en'], ''],
    ['schema', ['title'], { zh: '出动执法人员' }],
  ])('[%s] when %j is set to %j', (rule, path, value) => {
    editYaml(root, HEFEI, set(enforcement.id, path, value));
    const issues = expectRule(rule, HEFEI, gid);
    const issue = issues.find((i) => i.rule === rule)!;
    expect(issue.message).toContain(path.join('.'));
    expect(issue.at?.line).toBeGreaterThan(1);
  });

  it('[schema] when a figure has no title or no quote_en', () => {
    editYaml(root, HEFEI, (doc) => {
      doc.deleteIn(['figures', figureIndex(doc, enforcement.id), 'title']);
      doc.deleteIn(['figures', figureIndex(doc, other.id), 'quote_en']);
    });
    const issues = expectRule('schema', HEFEI, gid);
    expect(issues.find((i) => i.figure === gid)?.message).toMatch(/title/);
    expectRule('schema', HEFEI, `hefei/${other.id}`);
    expect(issues.find((i) => i.figure === `hefei/${other.id}`)?.message).toMatch(/quote_en/);
  });

  it.each(['zh', 'en'])('[title-unique] when two figures share a title.%s', (lang) => {
    const title = readTitle(HEFEI, enforcement.id, lang);
    // Case and spacing do not make two English titles different.
    editYaml(
      root,
      HEFEI,
      set(other.id, ['title', lang], lang === 'en' ? ` ${title.toUpperCase()}`.trim() : title),
    );
    const issue = expectRule('title-unique', HEFEI).find((i) => i.rule === 'title-unique')!;
    expect([issue.figure, issue.message]).toEqual(
      expect.arrayContaining([
        expect.stringContaining(other.id),
        expect.stringContaining(enforcement.id),
      ]),
    );
  });

  it('accepts a quote_en that writes the number in millions without rounding', () => {
    const f = hefei.find((x) => x.raw === '162万')!;
    editYaml(
      root,
      HEFEI,
      set(f.id, ['quote_en'], 'the special lecture had 1.62 million participants'),
    );
    expect(validate(join(root, 'data')).issues).toEqual([]);
  });

  function readTitle(file: string, id: string, lang: string): string {
    const doc = parseDocument(readFileSync(join(root, file), 'utf8'));
    return String(doc.getIn(['figures', figureIndex(doc, id), 'title', lang]));
  }
});

describe('more figure rules', () => {
  it('[raw-partial] when raw is only the end of a longer number', () => {
    editYaml(root, HEFEI, (doc) => {
      const i = figureIndex(doc, enforcement.id);
      doc.setIn(['figures', i, 'raw'], '937');
      doc.setIn(['figures', i, 'value'], 937);
    });
    expectRule('raw-partial', HEFEI, `hefei/${enforcement.id}`);
  });

  it('[raw-ambiguous] when raw and unit occur twice in the quote', () => {
    // "6名" stands in both 46名 and 16名.
    const g = hefei.find((x) => x.raw === '46' && x.unit_zh === '名')!;
    editYaml(root, HEFEI, (doc) => {
      const i = figureIndex(doc, g.id);
      doc.setIn(['figures', i, 'quote', 'text'], '46名社会特约监督员、16名');
      doc.setIn(['figures', i, 'raw'], '6');
      doc.setIn(['figures', i, 'value'], 6);
    });
    expectRule('raw-ambiguous', HEFEI, `hefei/${g.id}`);
  });

  it('[value-range] when a percentage is over 100', () => {
    const f = huangshan.find((x) => x.unit === 'percent' && x.formula === null)!;
    editYaml(root, HUANGSHAN, set(f.id, ['value'], 1000));
    expectRule('value-range', HUANGSHAN, `huangshan/${f.id}`);
  });

  it('[unit-zh] when a percentage is written without %', () => {
    const f = huangshan.find((x) => x.unit === 'percent' && x.formula === null)!;
    editYaml(root, HUANGSHAN, set(f.id, ['unit_zh'], '个'));
    expectRule('unit-zh', HUANGSHAN, `huangshan/${f.id}`);
  });

  it("[source-unknown] when a figure names another city's source", () => {
    editYaml(root, HEFEI, set(enforcement.id, ['source'], 'bengbu-2023-09-27'));
    expectRule('source-unknown', HEFEI, `hefei/${enforcement.id}`);
  });
});

describe('files and ids', () => {
  const meta = 'data/sources/hefei/hefei-2023-09-27.yaml';

  it('[source-id] when a source id does not match its file name', () => {
    editYaml(root, meta, (doc) => doc.set('id', 'hefei-2023-09-28'));
    expectRule('source-id', meta);
  });

  it('[section-order] when sections are numbered out of order', () => {
    editYaml(root, meta, (doc) => doc.setIn(['sections', 1, 'number'], 5));
    expectRule('section-order', meta);
  });

  it('[city-slug] when a city slug does not match its file name', () => {
    editYaml(root, HEFEI, (doc) => doc.setIn(['city', 'slug'], 'hefei-city'));
    expectRule('city-slug', HEFEI);
  });

  it('[figures-missing] when a city lists no figure', () => {
    editYaml(root, HEFEI, (doc) => doc.set('figures', doc.createNode([])));
    expectRule('figures-missing', HEFEI);
  });

  it('[city-missing] when sources have no annotation file', () => {
    rmSync(join(root, HEFEI));
    expectRule('city-missing', 'data/sources/hefei');
  });

  it('[file-missing] when the indicator catalogue is missing', () => {
    rmSync(join(root, 'data/indicators.yaml'));
    expectRule('file-missing', 'data/indicators.yaml');
  });

  it('[package-missing] when build:data finds no package for a city, and writes nothing', () => {
    rmSync(join(root, 'packages/bengbu'), { recursive: true });
    const run = runBuildData({ repoRoot: root });
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toMatch(/\[package-missing\]/);
    expect(existsSync(join(root, 'packages/hefei/data'))).toBe(false);
  });
});

describe('coverage and exclusions', () => {
  it('[numeral-uncovered] when a figure is removed', () => {
    editYaml(root, HEFEI, (doc) => doc.deleteIn(['figures', figureIndex(doc, enforcement.id)]));
    const issues = expectRule('numeral-uncovered', HEFEI);
    expect(
      issues.some(
        (i) =>
          i.message.includes('"3937"') &&
          i.source?.file === 'data/sources/hefei/hefei-2023-09-27.zh.txt',
      ),
    ).toBe(true);
  });

  it('[exclusion-count] when an exclusion miscounts', () => {
    editYaml(root, HEFEI, (doc) =>
      doc.setIn(['exclusions', 0, 'count'], Number(doc.getIn(['exclusions', 0, 'count'])) + 1),
    );
    expectRule('exclusion-count', HEFEI);
  });

  it('[exclusion-overlap] when an exclusion hides a figure', () => {
    editYaml(root, HEFEI, (doc) =>
      doc.addIn(['exclusions'], {
        source: 'hefei-2023-09-27',
        text: `${enforcement.raw}人次`,
        count: 1,
        kind: 'word',
        reason: { zh: '测试', en: 'test' },
      }),
    );
    expectRule('exclusion-overlap', HEFEI);
  });

  it('[exclusion-numeral] when an exclusion holds no numeral', () => {
    editYaml(root, HEFEI, (doc) =>
      doc.addIn(['exclusions'], {
        source: 'hefei-2023-09-27',
        text: '合肥市',
        count: 1,
        kind: 'word',
        reason: { zh: '测试', en: 'test' },
      }),
    );
    expectRule('exclusion-numeral', HEFEI);
  });
});

describe('indicators', () => {
  it('[indicator-coverage] when an indicator is reported by fewer than two cities', () => {
    const used = withIndicator[0]!.indicator!;
    editYaml(root, 'data/indicators.yaml', (doc) => {
      const list = doc.toJS().indicators as { id: string }[];
      doc.setIn(['indicators', list.length], {
        ...(doc.getIn(['indicators', 0]) as { toJSON(): object }).toJSON(),
        id: 'unused.indicator',
      });
      expect(used).toBeTruthy();
    });
    expectRule('indicator-coverage', 'data/indicators.yaml');
  });
});

describe('sources', () => {
  const text = 'data/sources/hefei/hefei-2023-09-27.zh.txt';
  const meta = 'data/sources/hefei/hefei-2023-09-27.yaml';

  it('[source-sha256] and [source-seed] when the text is changed by one character', () => {
    const file = join(root, text);
    writeFileSync(file, readFileSync(file, 'utf8').replace('3937', '3938'));
    expectRule('source-sha256', meta);
    expectRule('source-seed', meta);
  });

  it('[source-utf8] when the text is not UTF-8', () => {
    appendFileSync(join(root, text), Buffer.from([0xff, 0xfe]));
    expectRule('source-utf8', text);
  });

  it('[section-marker] when a marker is not in the text', () => {
    editYaml(root, meta, (doc) => doc.setIn(['sections', 1, 'marker'], '一是从天而降'));
    expectRule('section-marker', meta);
  });

  it('[file-unknown] when an unexpected file is in data/cities', () => {
    writeFileSync(join(root, 'data/cities/notes.txt'), 'hello');
    expectRule('file-unknown', 'data/cities/notes.txt');
  });
});

describe('hostile YAML', () => {
  it('[yaml-syntax] with line and column', () => {
    writeFileSync(join(root, HEFEI), 'city:\n  slug: hefei\n figures: [\n');
    const issues = expectRule('yaml-syntax', HEFEI);
    expect(issues.find((i) => i.rule === 'yaml-syntax')?.at?.line).toBeGreaterThan(1);
  });

  it('[yaml-syntax] on an alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    writeFileSync(join(root, HEFEI), `${bomb.join('\n')}\n`);
    expectRule('yaml-syntax', HEFEI);
  });

  it('[yaml-syntax] on an empty file', () => {
    writeFileSync(join(root, HEFEI), '');
    expectRule('yaml-syntax', HEFEI);
  });
});

describe('all errors at once, nothing written', () => {
  it('reports errors from several files in one run and writes nothing', () => {
    editYaml(root, HEFEI, set(enforcement.id, ['value'], 1));
    editYaml(root, HUANGSHAN, set(rate.id, ['qualifier'], 'approx'));
    const { issues } = validate(join(root, 'data'));
    expect(issues.map((i) => i.rule)).toEqual(
      expect.arrayContaining(['value-mismatch', 'qualifier-mismatch']),
    );
    const run = runBuildData({ repoRoot: root });
    expect(run.code).toBe(1);
    expect(run.err.at(-1)).toMatch(/nothing was written/);
    for (const city of ['hefei', 'huangshan', 'bengbu'])
      expect(existsSync(join(root, 'packages', city, 'data'))).toBe(false);
  });

  it('writes every city when the data is valid (the control for the test above)', () => {
    const run = runBuildData({ repoRoot: root });
    expect(run.code).toBe(0);
    for (const city of ['hefei', 'huangshan', 'bengbu'])
      expect(existsSync(join(root, 'packages', city, 'data', 'figures.json'))).toBe(true);
  });
});
