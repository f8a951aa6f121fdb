// The sources sliced from the seed are byte-exact slices of it, and together they hold all of its
// text. (Sources added later come from an original file instead: validate checks those.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../src/paths.ts';
import { sha256 } from '../../src/validate/check-sources.ts';

const data = join(REPO_ROOT, 'data');
const seed = readFileSync(join(data, 'seeds', '000_5f4e5f4a60c69814.txt'));
const sources = readdirSync(join(data, 'sources'))
  .flatMap((city) =>
    readdirSync(join(data, 'sources', city))
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => {
        const meta = parse(readFileSync(join(data, 'sources', city, n), 'utf8'));
        return {
          meta,
          bytes: readFileSync(join(data, 'sources', city, n.replace(/\.yaml$/, '.zh.txt'))),
        };
      }),
  )
  .filter((s) => s.meta.seed !== undefined);

describe('sources', () => {
  it('the seed file is the original, byte for byte', () => {
    expect(sha256(seed)).toBe('d23c66911e784c7d43073d9869c6848b1896f29315025e231080050a7018db60');
  });

  it('has one source per report in the seed', () => {
    expect(sources.map((s) => s.meta.city).sort()).toEqual(['bengbu', 'hefei', 'huangshan']);
  });

  it.each(sources.map((s) => [s.meta.id, s] as const))(
    '%s is a byte-exact slice of the seed with the stated sha256',
    (_id, s) => {
      expect(
        Buffer.compare(seed.subarray(s.meta.seed.byte_start, s.meta.seed.byte_end), s.bytes),
      ).toBe(0);
      expect(seed.indexOf(s.bytes)).toBe(s.meta.seed.byte_start);
      expect(sha256(s.bytes)).toBe(s.meta.sha256);
    },
  );

  it('the slices do not overlap and together cover all non-blank text of the seed', () => {
    const ranges = sources
      .map((s) => [s.meta.seed.byte_start, s.meta.seed.byte_end] as const)
      .sort((a, b) => a[0] - b[0]);
    let cursor = 0;
    const gaps: string[] = [];
    for (const [start, end] of ranges) {
      expect(start).toBeGreaterThanOrEqual(cursor);
      gaps.push(seed.subarray(cursor, start).toString('utf8'));
      cursor = end;
    }
    gaps.push(seed.subarray(cursor).toString('utf8'));
    // \s covers the no-break spaces (U+00A0) on the seed's separator lines.
    for (const gap of gaps) expect(gap).toMatch(/^\s*$/u);
  });
});
