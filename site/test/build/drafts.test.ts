// The drafts preview is for `pnpm dev` only: a build publishes no draft, in either language.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_HINT, DIST, distBuilt, loadPages } from '../lib/dist';

beforeAll(() => {
  if (!distBuilt()) throw new Error(BUILD_HINT);
});

describe('a build', () => {
  it('has no /drafts/ page and no page that marks a draft', () => {
    expect(existsSync(join(DIST, 'drafts'))).toBe(false);
    expect(existsSync(join(DIST, 'en', 'drafts'))).toBe(false);
    const marked = [...loadPages().values()]
      .filter((p) => p.root.querySelector('mark.draft'))
      .map((p) => p.path);
    expect(marked).toEqual([]);
  });
});
