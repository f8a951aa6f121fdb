// pnpm review <city>, run as a person runs it (the CLI, answers on stdin) on a copy of the
// repository whose real figures and exclusions have been made drafts.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../src/paths.ts';
import { validate } from '../../src/validate/validate.ts';
import { copyRepo, removeRepo } from '../fixture-repo.ts';

const CLI = join(REPO_ROOT, 'scripts', 'src', 'cli', 'review.ts');
const HEFEI = 'data/cities/hefei.yaml';
/** Real figures of Hefei, in source order (their quotes follow one another in the report). */
const FIGURES = [
  'supporting-policy-documents',
  'zone-school-inspectors',
  'supervision-orders-issued',
];
const WHY = "      - 'unit from the measure word'\n";

let root: string;
let original: string;
beforeEach(() => {
  root = copyRepo();
  original = read(HEFEI);
});
afterEach(() => removeRepo(root));

const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** Make the entry whose line is `anchor` a draft, by text, as a drafter would write it. */
function makeDraft(file: string, anchor: string): void {
  const text = read(file);
  const at = text.indexOf(`${anchor}\n`);
  expect(at, anchor).toBeGreaterThanOrEqual(0);
  const end = at + anchor.length + 1;
  writeFileSync(
    join(root, file),
    `${text.slice(0, end)}    review: draft\n    why:\n${WHY}${text.slice(end)}`,
  );
}

function review(args: string[], input = '') {
  const run = spawnSync(process.execPath, [CLI, '--root', root, ...args], {
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const drafts = (file = HEFEI) =>
  validate(join(root, 'data')).issues.filter(
    (i) => i.rule === 'draft-unreviewed' && i.file === file,
  );
const figureIds = () => (parse(read(HEFEI)).figures as { id: string }[]).map((f) => f.id);

describe('pnpm review', () => {
  beforeEach(() => {
    for (const id of FIGURES) makeDraft(HEFEI, `  - id: ${id}`);
    // The exclusion of 一是 opens section 1, before every figure above.
    makeDraft(HEFEI, '    text: 一是');
  });

  it('--list prints every draft in source order, with its number marked, and changes nothing', () => {
    const before = read(HEFEI);
    const { code, out } = review(['hefei', '--list']);
    expect(code).toBe(0);
    const headers = out.split('\n').filter((l) => l.startsWith('['));
    expect(headers).toEqual([
      expect.stringMatching(/^\[1\/4\] exclusion "一是" {2}\(data\/cities\/hefei\.yaml:\d+\)$/),
      ...FIGURES.map((id, i) => expect.stringContaining(`[${i + 2}/4] figure hefei/${id}`)),
    ]);
    expect(out).toContain('【61份】配套文件');
    expect(out).toContain('【一是】');
    expect(out).toContain('    - unit from the measure word');
    expect(out.trim().split('\n').at(-1)).toBe('4 draft(s) in data/cities/hefei.yaml');
    expect(read(HEFEI)).toBe(before);
    expect(drafts()).toHaveLength(4);
  });

  it('accepts, skips and deletes as answered, then quits, keeping the rest of the file', () => {
    const { code, out } = review(['hefei'], 'a\ns\nd\nq\n');
    expect(code).toBe(0);
    expect(out).toMatch(/1 accepted, 0 made exclusions, 1 deleted, 1 skipped; 2 draft\(s\) left/);
    // The exclusion accepted: its review and why are gone, and it reads as it did before.
    const after = read(HEFEI);
    const figure = (id: string) => after.slice(after.indexOf(`  - id: ${id}\n`));
    expect(after.indexOf('    text: 一是\n    review')).toBe(-1);
    expect(figure(FIGURES[0]!)).toMatch(
      /^ {2}- id: supporting-policy-documents\n {4}review: draft\n/,
    );
    expect(figureIds()).not.toContain(FIGURES[1]);
    expect(figure(FIGURES[2]!)).toMatch(
      /^ {2}- id: supervision-orders-issued\n {4}review: draft\n/,
    );
    // Everything else is byte for byte what it was: the deleted figure's lines are all that went.
    const without = (text: string, id: string) => {
      const start = text.indexOf(`  - id: ${id}\n`);
      const next = text.indexOf('\n  - id: ', start + 1);
      return text.slice(0, start) + text.slice(next + 1);
    };
    const expected = without(original, FIGURES[1]!)
      .replace(
        `  - id: ${FIGURES[0]}\n`,
        `  - id: ${FIGURES[0]}\n    review: draft\n    why:\n${WHY}`,
      )
      .replace(
        `  - id: ${FIGURES[2]}\n`,
        `  - id: ${FIGURES[2]}\n    review: draft\n    why:\n${WHY}`,
      );
    expect(after).toBe(expected);
    // Validation: the two drafts left, and the deleted figure's number now uncovered.
    expect(drafts().map((i) => i.figure)).toEqual(
      FIGURES.filter((_, i) => i !== 1).map((id) => `hefei/${id}`),
    );
    expect(
      validate(join(root, 'data')).issues.filter((i) => i.rule === 'numeral-uncovered'),
    ).toHaveLength(1);
  });

  it('turns a draft figure into a draft exclusion of its number', () => {
    const { code } = review(['hefei'], 's\nx\n');
    expect(code).toBe(0);
    expect(figureIds()).not.toContain(FIGURES[0]);
    const added = (parse(read(HEFEI)).exclusions as Record<string, unknown>[]).at(-1);
    expect(added).toMatchObject({
      source: 'hefei-2023-09-27',
      text: '61份',
      count: 1,
      review: 'draft',
      reason: { zh: 'TODO', en: 'TODO' },
    });
    const issues = validate(join(root, 'data')).issues.filter((i) => i.file === HEFEI);
    // The number is covered by the exclusion; what is left to do is the reviewer's.
    expect(issues.map((i) => i.rule).sort()).toEqual([
      'draft-unreviewed',
      'draft-unreviewed',
      'draft-unreviewed',
      'draft-unreviewed',
      'todo-marker',
      'todo-marker',
    ]);
  });

  it('stops at the end of the input as at q', () => {
    expect(review(['hefei'], 'a\n').code).toBe(0);
    expect(drafts()).toHaveLength(3);
  });

  it('re-asks on an answer it does not know', () => {
    const { out } = review(['hefei'], 'maybe\nx\nq\n');
    // x is not offered for an exclusion.
    expect(out.match(/answer a, s, d or q/g)).toHaveLength(2);
    expect(drafts()).toHaveLength(4);
  });
});

describe('pnpm review, edge cases', () => {
  it('keeps an escaped invisible character escaped (a draft figure of Huangshan accepted)', () => {
    const file = 'data/cities/huangshan.yaml';
    const before = read(file);
    // Its quote is written "…督导\u00a0一号工程" (a no-break space the source has).
    expect(before).toContain('督导\\u00a0一号工程');
    makeDraft(file, '  - id: double-reduction-top-project-years');
    expect(review(['huangshan'], 'a\n').code).toBe(0);
    expect(read(file)).toBe(before);
  });

  it('says so when a city has no drafts', () => {
    const { code, out } = review(['hefei']);
    expect(code).toBe(0);
    expect(out.trim()).toBe('review: no drafts in data/cities/hefei.yaml');
  });

  it('names the file it looked for when the city does not exist', () => {
    const { code, err } = review(['hefie']);
    expect(code).toBe(1);
    expect(err.trim()).toBe('review: no city "hefie": data/cities/hefie.yaml does not exist');
  });
});
