import { describe, expect, it } from 'vitest';
import { draftSegments, type PreviewDraft } from './preview';

const draft = (kind: PreviewDraft['kind'], start: number, end: number): PreviewDraft => ({
  kind,
  id: `${kind}-${start}`,
  start,
  end,
  fields: {},
  why: [],
  issues: [],
});

describe('draftSegments', () => {
  it('cuts the text at every draft and says which drafts cover and end at each run', () => {
    const text = '一是出动执法人员3937人次。';
    const segs = draftSegments(text, [draft('exclusion', 0, 2), draft('figure', 2, 14)]);
    expect(segs.map((s) => s.text)).toEqual(['一是', '出动执法人员3937人次', '。']);
    expect(segs[0]).toMatchObject({ covers: [{ n: 1, kind: 'exclusion' }], ends: [1] });
    expect(segs[1]).toMatchObject({ covers: [{ n: 2, kind: 'figure' }], ends: [2] });
    expect(segs[2]).toMatchObject({ covers: [], ends: [] });
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('counts code points, and leaves out a draft it cannot place', () => {
    const segs = draftSegments('𠀀12人', [draft('figure', 1, 4), draft('figure', -1, -1)]);
    expect(segs.map((s) => s.text)).toEqual(['𠀀', '12人']);
    expect(segs[1]!.covers).toEqual([{ n: 1, kind: 'figure' }]);
  });
});
