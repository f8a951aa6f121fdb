import { dataset as huangshan } from '@shuangjian/huangshan';
import { describe, expect, it } from 'vitest';
import { DATASETS } from './site-data';
import { segmentSource } from './source-marks';

describe('segmentSource', () => {
  it.each(DATASETS.map((d) => [d.city.slug, d] as const))(
    '%s: segments rebuild the source text exactly',
    (_slug, d) => {
      for (const s of d.sources)
        expect(
          segmentSource(d, s.id)
            .map((x) => x.text)
            .join(''),
        ).toBe(s.text);
    },
  );

  it.each(DATASETS.map((d) => [d.city.slug, d] as const))(
    '%s: every figure is highlighted over exactly its quote, with one anchor and one end',
    (_slug, d) => {
      const segments = segmentSource(d, d.sources[0]!.id);
      for (const f of d.figures) {
        expect(
          segments
            .filter((s) => s.figures.includes(f.id))
            .map((s) => s.text)
            .join(''),
        ).toBe(f.quote.text);
        expect(segments.filter((s) => s.anchors.includes(f.id))).toHaveLength(1);
        expect(segments.filter((s) => s.ends.includes(f.id))).toHaveLength(1);
      }
    },
  );

  it('marks every occurrence of every exclusion', () => {
    const segments = segmentSource(huangshan, huangshan.sources[0]!.id);
    const excluded = segments.filter((s) => s.excluded).map((s) => s.text);
    for (const ex of huangshan.exclusions)
      expect(excluded.filter((t) => t === ex.text).length, ex.text).toBe(ex.count);
  });
});
