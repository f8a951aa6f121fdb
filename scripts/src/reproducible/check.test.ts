import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths.ts';
import { reportReproducibility, sourceDateEpoch } from './check.ts';

describe('sourceDateEpoch', () => {
  it('takes SOURCE_DATE_EPOCH when set, else whole seconds from git (or 0)', () => {
    expect(sourceDateEpoch(REPO_ROOT, { SOURCE_DATE_EPOCH: '1700000000' })).toBe('1700000000');
    expect(sourceDateEpoch(REPO_ROOT, {})).toMatch(/^\d+$/);
  });
});

describe('reportReproducibility', () => {
  it('counts identical files', () => {
    expect(reportReproducibility({ site: { identical: 10 }, packs: { identical: 5 } })).toEqual({
      ok: true,
      lines: ['reproducible: 15 files identical (10 site files, 5 tarballs)'],
    });
  });

  it('names the first differing file, and for a tarball the member', () => {
    const report = reportReproducibility({
      site: { identical: 3, difference: { path: 'feed.xml', detail: 'contents differ at byte 9' } },
      packs: {
        identical: 0,
        difference: {
          path: 'a-1.0.0.tgz',
          member: 'package/x.js',
          detail: 'header mtime differs',
        },
      },
    });
    expect(report).toEqual({
      ok: false,
      lines: [
        'not reproducible: site: feed.xml: contents differ at byte 9',
        'not reproducible: packages: a-1.0.0.tgz, member package/x.js: header mtime differs',
      ],
    });
  });
});
