// pnpm new-city and pnpm new-source, run as the real commands (node scripts/src/cli/…) on a git
// copy of the repository: what they write, and that a refused input leaves the copy untouched.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatFile } from '../../src/intake/format.ts';
import { normalizeText } from '../../src/intake/normalize.ts';
import { REPO_ROOT } from '../../src/paths.ts';
import { copyIntakeRepo, git, gitStatus } from '../intake-repo.ts';
import { removeRepo } from '../fixture-repo.ts';
import { imagePdf, PNG_IMAGE, textPdf } from '../pdf-fixtures.ts';

const FIXTURES = join(REPO_ROOT, 'scripts/test/fixtures/intake');
const REPORT = join(FIXTURES, 'report.txt');
const PAGE = join(FIXTURES, 'page.html');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((f) => f()));

function repo(): string {
  const root = copyIntakeRepo();
  cleanups.push(() => removeRepo(root));
  return root;
}

/** A folder for input files made by a test. */
const inputs = mkdtempSync(join(tmpdir(), 'shuangjian-intake-inputs-'));
cleanups.push(() => rmSync(inputs, { recursive: true, force: true }));
function input(name: string, bytes: Uint8Array | string): string {
  const file = join(inputs, name);
  writeFileSync(file, bytes);
  return file;
}

const run = promisify(execFile);

/** Run a command of the scripts with node (Node 24, first on PATH in the tests). */
async function node(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  const rest = { ...process.env };
  delete rest.INIT_CWD; // set by pnpm: it would change where relative paths start
  try {
    const { stdout, stderr } = await run(process.execPath, [join(REPO_ROOT, script), ...args], {
      cwd: REPO_ROOT,
      env: { ...rest, ...env },
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

const CITY_FLAGS = [
  '--name-zh',
  '青石市',
  '--name-en',
  'Qingshi',
  '--province-zh',
  '安徽省',
  '--province-en',
  'Anhui',
  '--admin-code',
  '349900',
];
const REPORT_FLAGS = [
  '--url',
  'https://jyj.qingshi.example.gov.cn/2024/0910.html',
  '--published',
  '2024-09-10',
];

const newCity = (root: string, slug: string, args: string[], env?: Record<string, string>) =>
  node('scripts/src/cli/new-city.ts', [slug, ...args, '--root', root, '--no-install'], env);
const newSource = (root: string, slug: string, args: string[]) =>
  node('scripts/src/cli/new-source.ts', [slug, ...args, '--root', root]);

/** The rule ids `pnpm validate` reports on the copy. */
async function validateRules(root: string): Promise<string[]> {
  const { err } = await node('scripts/src/cli/validate.ts', ['--root', root]);
  return [...err.matchAll(/ {2}\[([a-z0-9-]+)\]/g)].map((m) => m[1]!);
}

const read = (root: string, path: string) => readFileSync(join(root, path));
const yaml = (root: string, path: string) => parse(read(root, path).toString('utf8'));
const json = (root: string, path: string) => JSON.parse(read(root, path).toString('utf8'));

/** Every text file written comes out as `prettier --check .` wants it. */
async function expectFormatted(root: string, paths: string[]) {
  for (const path of paths.filter(
    (p) => /\.(ya?ml|json|md|ts)$/.test(p) && !p.includes('.original.'),
  )) {
    const text = read(root, path).toString('utf8');
    expect(await formatFile(path, text), path).toBe(text);
  }
}

describe('pnpm new-city', { timeout: 60_000 }, () => {
  it('is wired as root scripts that pass their arguments on', () => {
    const { scripts } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(scripts['new-city']).toBe('node scripts/src/cli/new-city.ts');
    expect(scripts['new-source']).toBe('node scripts/src/cli/new-source.ts');
  });

  it('makes a city from a UTF-8 text report: sources, city file, package, site, changesets', async () => {
    const root = repo();
    const { code, out, err } = await newCity(root, 'qingshi', [
      '--source',
      REPORT,
      ...CITY_FLAGS,
      ...REPORT_FLAGS,
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain(
      'new-city: qingshi-2024-09-10, text/plain (UTF-8), 4 section(s) by 一是 markers',
    );
    // What to do next: review the drafts it made.
    expect(out).toMatch(/Drafted [1-9]\d* figure\(s\) and [1-9]\d* exclusion\(s\)/);
    expect(out).toContain('`pnpm review qingshi`');
    expect(out).toContain('/drafts/qingshi/');

    const src = 'data/sources/qingshi/qingshi-2024-09-10';
    const written = [
      '.changeset/new-city-qingshi-all-cities.md',
      '.changeset/new-city-qingshi.md',
      'data/cities/qingshi.yaml',
      `${src}.original.txt`,
      `${src}.yaml`,
      `${src}.zh.txt`,
      'packages/qingshi/package.json',
      'packages/qingshi/src/index.ts',
      'packages/qingshi/tsconfig.json',
    ];
    expect(gitStatus(root).trimEnd().split('\n').sort()).toEqual(
      [
        ...written.map((p) => `?? ${p}`),
        ' M .zenodo.json',
        ' M CITATION.cff',
        ' M scripts/package.json',
        ' M site/package.json',
        ' M site/site.config.json',
      ].sort(),
    );
    await expectFormatted(root, [
      ...written,
      'site/site.config.json',
      'site/package.json',
      'scripts/package.json',
      '.zenodo.json',
    ]);

    // The original is archived byte for byte; the text is it, normalised (no final line feed).
    const original = readFileSync(REPORT);
    expect(read(root, `${src}.original.txt`).equals(original)).toBe(true);
    const text = read(root, `${src}.zh.txt`);
    expect(text.toString('utf8')).toBe(normalizeText(original.toString('utf8')));
    const meta = yaml(root, `${src}.yaml`);
    expect(meta).toMatchObject({
      id: 'qingshi-2024-09-10',
      city: 'qingshi',
      title: { zh: '青石市多措并举深化校外培训治理', en: 'TODO: English title' },
      language: 'zh',
      republication: {
        publisher: 'jyj.qingshi.example.gov.cn',
        url: 'https://jyj.qingshi.example.gov.cn/2024/0910.html',
        date: '2024-09-10',
      },
      original: {
        file: `${src}.original.txt`,
        media_type: 'text/plain',
        encoding: 'UTF-8',
        sha256: sha256(original),
      },
      sha256: sha256(text),
      notes: [],
    });
    expect(meta.seed).toBeUndefined();
    expect(
      meta.sections.map((s: { number: number; marker: string; heading: { zh: string } }) => [
        s.number,
        s.marker,
        s.heading.zh,
      ]),
    ).toEqual([
      [0, '今年以来，青石市坚持', '导语'],
      [1, '一是', '健全机制'],
      [2, '二是', '严格执法'],
      [3, '三是', '优化服务'],
    ]);

    const cityFile = yaml(root, 'data/cities/qingshi.yaml');
    expect(cityFile.city).toEqual({
      slug: 'qingshi',
      name: { zh: '青石市', en: 'Qingshi' },
      province: { zh: '安徽省', en: 'Anhui' },
      admin_code: '349900',
    });
    // The drafter's work: every statistic a draft figure, every other numeral a draft exclusion.
    const drafted = cityFile.figures as {
      raw: string;
      value: number;
      unit: string;
      review: string;
    }[];
    expect(drafted.map((f) => [f.raw, f.value, f.unit])).toEqual(
      expect.arrayContaining([
        ['326', 326, 'institutions'],
        ['96.3', 96.3, 'percent'],
        ['2360', 2360, 'person-times'],
        ['38.5万', 385000, 'CNY'],
        ['18.6万', 186000, 'persons'],
      ]),
    );
    expect(drafted.every((f) => f.review === 'draft')).toBe(true);
    expect((cityFile.exclusions as { text: string; review: string }[]).map((e) => e.text)).toEqual(
      expect.arrayContaining(['一是', '双减']),
    );
    expect(json(root, 'packages/qingshi/package.json')).toMatchObject({
      name: '@shuangjian/qingshi',
      version: '0.0.0',
      description: expect.stringMatching(/^青石市 Qingshi: every Double Reduction/),
    });
    expect(json(root, 'site/site.config.json').cities).toEqual([
      'hefei',
      'huangshan',
      'bengbu',
      'qingshi',
    ]);
    expect(json(root, 'site/package.json').dependencies['@shuangjian/qingshi']).toBe('workspace:*');
    expect(json(root, 'scripts/package.json').devDependencies['@shuangjian/qingshi']).toBe(
      'workspace:*',
    );
    expect(read(root, '.changeset/new-city-qingshi.md').toString()).toBe(
      "---\n'@shuangjian/qingshi': minor\n---\n\n首次发布:青石市(安徽省)的双减校外培训治理数字。\nFirst release of Qingshi (Anhui): its Double Reduction off-campus tutoring governance figures.\n",
    );
    expect(read(root, '.changeset/new-city-qingshi-all-cities.md').toString()).toBe(
      "---\n'@shuangjian/all-cities': minor\n---\n\n新增青石市(安徽省)。\nAdds Qingshi (Anhui).\n",
    );

    // How to cite it: a reference in CITATION.cff, its address and the city in .zenodo.json.
    const cff = yaml(root, 'CITATION.cff');
    expect(cff.references.at(-1)).toEqual({
      type: 'government-document',
      title: '青石市多措并举深化校外培训治理',
      authors: [{ name: 'TODO: 作者 TODO: author' }],
      languages: ['zh'],
      publisher: { name: 'jyj.qingshi.example.gov.cn' },
      'date-published': '2024-09-10',
      url: 'https://jyj.qingshi.example.gov.cn/2024/0910.html',
      notes: 'The copy published by jyj.qingshi.example.gov.cn on 2024-09-10.',
    });
    const zenodo = json(root, '.zenodo.json');
    expect(zenodo.keywords).toEqual(cff.keywords);
    expect(cff.keywords.at(-1)).toBe('Qingshi');
    expect(zenodo.related_identifiers.map((r: { identifier: string }) => r.identifier)).toContain(
      'https://jyj.qingshi.example.gov.cn/2024/0910.html',
    );

    // What validate says now: the drafts to review and the placeholders to write, all in the new
    // city's files; every numeral is covered, and nothing else is wrong.
    const rules = await validateRules(root);
    expect(new Set(rules)).toEqual(new Set(['draft-unreviewed', 'source-todo', 'todo-marker']));
  });

  it('makes a city from a GB18030 saved page, reading its title, address, date and site', async () => {
    const root = repo();
    const bytes = new Uint8Array(iconv.encode(readFileSync(PAGE, 'utf8'), 'gb18030'));
    const page = input('baixi.html', bytes);
    const flags = CITY_FLAGS.map(
      (f) => ({ 青石市: '白溪市', Qingshi: 'Baixi', '349900': '349800' })[f] ?? f,
    );
    const { code, err } = await newCity(root, 'baixi', ['--source', page, ...flags]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const src = 'data/sources/baixi/baixi-2024-03-15';
    expect(read(root, `${src}.original.html`).equals(bytes)).toBe(true);
    const meta = yaml(root, `${src}.yaml`);
    expect(meta).toMatchObject({
      title: { zh: '白溪市：三个聚焦推进校外培训综合治理' },
      republication: {
        publisher: '白溪教育网',
        url: 'https://jyj.baixi.example.gov.cn/jydt/2024/0315/c1234.html',
        date: '2024-03-15',
      },
      original: { media_type: 'text/html', encoding: 'GB18030', sha256: sha256(bytes) },
    });
    const text = read(root, `${src}.zh.txt`).toString('utf8');
    expect(meta.sha256).toBe(sha256(read(root, `${src}.zh.txt`)));
    expect(text).toContain('监管资金2860万元，覆盖机构143家');
    expect(text).not.toContain('版权所有');
    expect(meta.sections.map((s: { marker: string }) => s.marker)).toEqual([
      '2023年，白溪市深',
      '（一）',
      '（二）',
      '（三）',
    ]);
    expect(new Set(await validateRules(root))).toEqual(
      new Set(['draft-unreviewed', 'source-todo', 'todo-marker']),
    );
  });

  it('resolves a relative --source from where pnpm was called (INIT_CWD)', async () => {
    const root = repo();
    const { code, err } = await newCity(
      root,
      'qingshi',
      ['--source', 'report.txt', ...CITY_FLAGS, ...REPORT_FLAGS],
      { INIT_CWD: FIXTURES },
    );
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});

describe('pnpm new-source', { timeout: 60_000 }, () => {
  it('adds a later report (a Chinese PDF) to a city, with a changeset', async () => {
    const root = repo();
    expect(
      (await newCity(root, 'qingshi', ['--source', REPORT, ...CITY_FLAGS, ...REPORT_FLAGS])).code,
    ).toBe(0);
    const before = gitStatus(root);
    const pdf = input(
      'h1.pdf',
      await textPdf(
        [
          [
            '青石市2024年上半年校外培训治理情况',
            '今年上半年，青石市持续巩固双减成果。',
            '一、机构治理',
            '全市压减学科类机构5家。',
          ],
          ['二、课后服务', '参与学生19.2万人。'],
        ],
        { cjk: true },
      ),
    );
    const { code, out, err } = await newSource(root, 'qingshi', [
      '--source',
      pdf,
      '--url',
      'https://jyj.qingshi.example.gov.cn/2024/h1.pdf',
      '--published',
      '2024-07-20',
      '--title-en',
      'Qingshi: off-campus tutoring governance in the first half of 2024',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('qingshi-2024-07-20, application/pdf, 3 section(s) by 一、 markers');
    const src = 'data/sources/qingshi/qingshi-2024-07-20';
    const added = gitStatus(root)
      .split('\n')
      .filter((l) => l && !before.includes(l))
      .sort();
    // No drafts yet, so the city file is unchanged; the two files of citation were changed already.
    expect(added).toEqual([
      '?? .changeset/new-source-qingshi-2024-07-20.md',
      `?? ${src}.original.pdf`,
      `?? ${src}.yaml`,
      `?? ${src}.zh.txt`,
    ]);
    expect(read(root, `${src}.zh.txt`).toString()).toBe(
      '青石市2024年上半年校外培训治理情况\n今年上半年，青石市持续巩固双减成果。\n一、机构治理\n全市压减学科类机构5家。\n二、课后服务\n参与学生19.2万人。',
    );
    const meta = yaml(root, `${src}.yaml`);
    expect(meta).toMatchObject({
      title: {
        zh: '青石市2024年上半年校外培训治理情况',
        en: 'Qingshi: off-campus tutoring governance in the first half of 2024',
      },
      original: {
        media_type: 'application/pdf',
        encoding: null,
        sha256: sha256(read(root, `${src}.original.pdf`)),
      },
    });
    expect(
      meta.sections.map((s: { number: number; heading: { zh: string } }) => [
        s.number,
        s.heading.zh,
      ]),
    ).toEqual([
      [0, '导语'],
      [1, '机构治理'],
      [2, '课后服务'],
    ]);
    expect(read(root, '.changeset/new-source-qingshi-2024-07-20.md').toString()).toContain(
      "'@shuangjian/qingshi': minor\n'@shuangjian/all-cities': minor\n",
    );
    await expectFormatted(root, [`${src}.yaml`, '.changeset/new-source-qingshi-2024-07-20.md']);
    // The drafter suggests the indicators the city's first report has: a later report's figure of
    // one is the city's series (one figure per indicator in each report), not a duplicate.
    const figures = yaml(root, 'data/cities/qingshi.yaml').figures as {
      indicator: string | null;
      source: string;
    }[];
    const reports = new Map<string, Set<string>>();
    for (const f of figures.filter((x) => x.indicator !== null))
      reports.set(f.indicator!, (reports.get(f.indicator!) ?? new Set()).add(f.source));
    expect([...reports.values()].some((sources) => sources.size === 2)).toBe(true);
    expect(new Set(await validateRules(root))).toEqual(
      new Set(['draft-unreviewed', 'source-todo', 'todo-marker']),
    );

    // The same report again is refused.
    const again = await newSource(root, 'qingshi', [
      '--source',
      pdf,
      '--url',
      'https://a.example/x.pdf',
      '--published',
      '2024-07-21',
    ]);
    expect(again.code).toBe(1);
    expect(again.err).toContain(
      '[source-duplicate] is already the source qingshi-2024-07-20 of qingshi',
    );
  });
});

describe('refused input leaves the repository as it was', { timeout: 60_000 }, () => {
  const cases: [string, () => Promise<string[]>, string[], RegExp[]][] = [
    [
      'a scanned PDF without a text layer',
      async () => [
        'new-city',
        'qingshi',
        '--source',
        input('scan.pdf', await imagePdf()),
        ...CITY_FLAGS,
        ...REPORT_FLAGS,
      ],
      ['pdf-no-text'],
      [/without a text layer .*run OCR on it first/],
    ],
    [
      'a PNG image named .txt',
      async () => [
        'new-city',
        'qingshi',
        '--source',
        input('report.png.txt', readFileSync(PNG_IMAGE)),
        ...CITY_FLAGS,
        ...REPORT_FLAGS,
      ],
      ['file-type'],
      [/report\.png\.txt {2}\[file-type\] is a PNG image, not a text file, an HTML page or a PDF/],
    ],
    [
      'a file named .pdf that is text',
      async () => [
        'new-city',
        'qingshi',
        '--source',
        input('fake.pdf', '一是加强监管。'),
        ...CITY_FLAGS,
        ...REPORT_FLAGS,
      ],
      ['file-type'],
      [/is named \.pdf but is not a PDF/],
    ],
    [
      'an empty file',
      async () => [
        'new-city',
        'qingshi',
        '--source',
        input('empty.txt', ''),
        ...CITY_FLAGS,
        ...REPORT_FLAGS,
      ],
      ['text-empty'],
      [/empty\.txt {2}\[text-empty\] is empty/],
    ],
    [
      'a blank file',
      async () => [
        'new-city',
        'qingshi',
        '--source',
        input('blank.txt', ' \n\u3000\n'),
        ...CITY_FLAGS,
        ...REPORT_FLAGS,
      ],
      ['text-empty'],
      [/holds no text/],
    ],
    [
      'an HTML page with no main text',
      async () => [
        'new-city',
        'qingshi',
        '--source',
        input(
          'menu.html',
          '<!DOCTYPE html><html><head><title>青石教育网</title></head><body><nav><a href="/">首页</a></nav></body></html>',
        ),
        ...CITY_FLAGS,
        ...REPORT_FLAGS,
      ],
      ['html-no-text'],
      [/is an HTML page with no main text/],
    ],
    [
      'text in neither UTF-8 nor GB18030',
      async () => [
        'new-city',
        'qingshi',
        '--source',
        input('latin.txt', new Uint8Array([0xb6, 0xfe, 0xff, 0xff, 0x41])),
        ...CITY_FLAGS,
        ...REPORT_FLAGS,
      ],
      ['text-encoding'],
      [/is neither UTF-8 nor GB18030/],
    ],
    [
      'a city that exists, a taken admin code, no address or date: every error at once',
      async () => [
        'new-city',
        'hefei',
        '--source',
        REPORT,
        ...CITY_FLAGS.map((f) => (f === '349900' ? '340300' : f)),
      ],
      ['admin-code-taken', 'flag-missing', 'flag-missing', 'slug-exists'],
      [
        /\[slug-exists\] "hefei" is a city already \(data\/cities\/hefei\.yaml\); add a later report of it with `pnpm new-source hefei --source <file>`/,
        /--admin-code {2}\[admin-code-taken\] 340300 is the code of 蚌埠市 already \(data\/cities\/bengbu\.yaml\)/,
        /--url {2}\[flag-missing\]/,
        /--published {2}\[flag-missing\] the publication date/,
        /4 error\(s\); nothing was written\./,
      ],
    ],
    [
      'a slug that is not kebab-case and a malformed admin code',
      async () => [
        'new-city',
        'Qing_Shi',
        '--source',
        REPORT,
        ...CITY_FLAGS.map((f) => (f === '349900' ? '34990' : f)),
        ...REPORT_FLAGS,
      ],
      ['admin-code-format', 'slug-format'],
      [/the slug "Qing_Shi" is not kebab-case/, /"34990" is not six digits/],
    ],
    [
      'a province code for a city',
      async () => [
        'new-city',
        'qingshi',
        '--source',
        REPORT,
        ...CITY_FLAGS.map((f) => (f === '349900' ? '340000' : f)),
        ...REPORT_FLAGS,
      ],
      ['admin-code-format'],
      [/"340000" is the code of a province/],
    ],
    [
      'an unknown flag',
      async () => ['new-city', 'qingshi', '--source', REPORT, '--colour', 'red'],
      ['flag-unknown'],
      [/Unknown option '--colour'/],
    ],
    [
      'missing city flags',
      async () => ['new-city', 'qingshi', '--source', REPORT, ...REPORT_FLAGS],
      ['flag-missing', 'flag-missing', 'flag-missing', 'flag-missing', 'flag-missing'],
      [/--name-zh {2}\[flag-missing\]/, /--admin-code {2}\[flag-missing\]/],
    ],
    [
      'a bad address and date',
      async () => [
        'new-city',
        'qingshi',
        '--source',
        REPORT,
        ...CITY_FLAGS,
        '--url',
        'ftp://x.example',
        '--published',
        '2024-02-30',
      ],
      ['flag-invalid', 'flag-invalid'],
      [/"ftp:\/\/x\.example" is not an http\(s\) address/, /"2024-02-30" is not a date/],
    ],
    [
      'new-source for a city that does not exist',
      async () => ['new-source', 'qingshi', '--source', REPORT, ...REPORT_FLAGS],
      ['slug-unknown'],
      [
        /there is no city "qingshi" \(data\/cities\/qingshi\.yaml\); add a new city with `pnpm new-city qingshi/,
      ],
    ],
    [
      'new-source with a report the repository has (Hefei’s text)',
      async () => [
        'new-source',
        'hefei',
        '--source',
        join(REPO_ROOT, 'data/sources/hefei/hefei-2023-09-27.zh.txt'),
        ...REPORT_FLAGS,
      ],
      ['source-duplicate'],
      [/is already the source hefei-2023-09-27 of hefei/],
    ],
    [
      'a missing file',
      async () => ['new-source', 'hefei', '--source', join(inputs, 'nowhere.txt'), ...REPORT_FLAGS],
      ['file-missing'],
      [/nowhere\.txt {2}\[file-missing\] does not exist/],
    ],
  ];

  // Concurrently (each in its own copy): every case is mostly waiting for its command.
  it.concurrent.each(cases)('%s', async (_what, args, rules, messages) => {
    const root = repo();
    const [command, ...rest] = await args();
    const { code, out, err } = await (command === 'new-city'
      ? newCity(root, rest[0]!, rest.slice(1))
      : newSource(root, rest[0]!, rest.slice(1)));
    expect(out).toBe('');
    expect(code).toBe(1);
    const found = [...err.matchAll(/ {2}\[([a-z0-9-]+)\]/g)].map((m) => m[1]!).sort();
    expect(found).toEqual(rules);
    for (const message of messages) expect(err).toMatch(message);
    expect(err).toMatch(/error\(s\); nothing was written\./);
    expect(gitStatus(root)).toBe('');
  });
});

it('refuses, writing nothing, when CITATION.cff cannot take the reference', async () => {
  const root = repo();
  writeFileSync(join(root, 'CITATION.cff'), 'cff-version: 1.2.0\nreferences: none\n');
  git(root, 'commit', '-qam', 'a CITATION.cff without a list of references');
  const { code, err } = await newSource(root, 'hefei', ['--source', REPORT, ...REPORT_FLAGS]);
  expect(code).toBe(1);
  expect(err).toContain('CITATION.cff  [citation-file] has a references value that is not a list');
  expect(gitStatus(root)).toBe('');
}, 60_000);
