import { describe, expect, it } from 'vitest';
import { localizedEntry, parseChangelog, readChangelogs } from './changelog';

describe('parseChangelog', () => {
  it('reads versions and entries, dropping dependency bookkeeping', () => {
    const md = `# @shuangjian/hefei

## 0.2.0

### Minor Changes

- Errata: value 3397 → 3937.
  Second line of the entry.

### Patch Changes

- Updated dependencies
  - @shuangjian/schema@0.1.1

## 0.1.0

### Minor Changes

- First release.
`;
    expect(parseChangelog('@shuangjian/hefei', md)).toEqual([
      {
        packageName: '@shuangjian/hefei',
        version: '0.2.0',
        changes: ['Errata: value 3397 → 3937.\nSecond line of the entry.'],
      },
      { packageName: '@shuangjian/hefei', version: '0.1.0', changes: ['First release.'] },
    ]);
  });

  it('reads the real changelogs of the packages', () => {
    const releases = readChangelogs(['@shuangjian/hefei', '@shuangjian/schema']);
    expect(releases.map((r) => r.packageName)).toEqual(
      expect.arrayContaining(['@shuangjian/hefei', '@shuangjian/schema']),
    );
    for (const r of releases) expect(r.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('localizedEntry', () => {
  it('shows the Chinese line in Chinese and the English line in English', () => {
    const entry = '首次发布。\nFirst release.';
    expect(localizedEntry(entry, 'zh')).toBe('首次发布。');
    expect(localizedEntry(entry, 'en')).toBe('First release.');
  });

  it('shows a one-language entry as it is', () => {
    expect(localizedEntry('Errata: value fixed.', 'zh')).toBe('Errata: value fixed.');
    expect(localizedEntry('Line one.\nline two.', 'en')).toBe('Line one.\nline two.');
  });
});
