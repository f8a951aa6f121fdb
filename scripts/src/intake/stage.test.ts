import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitFiles, type Files } from './stage.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'shuangjian-stage-'));
  mkdirSync(join(root, 'site'));
  writeFileSync(join(root, 'site', 'config.json'), 'old');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const bytes = (s: string) => new TextEncoder().encode(s);
const files = (): Files =>
  new Map([
    ['data/sources/x/x.zh.txt', bytes('text')],
    ['packages/x/src/index.ts', bytes('export {};')],
    ['site/config.json', bytes('new')],
  ]);

/** Every file under root, with its content. */
function tree(dir = root, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? [`${prefix}${e.name}/`, ...tree(join(dir, e.name), `${prefix}${e.name}/`)]
        : [`${prefix}${e.name}=${readFileSync(join(dir, e.name), 'utf8')}`],
    )
    .sort();
}

describe('commitFiles', () => {
  it('writes new files and replaces changed ones, leaving no staging folder', () => {
    commitFiles(root, files());
    expect(tree()).toEqual([
      'data/',
      'data/sources/',
      'data/sources/x/',
      'data/sources/x/x.zh.txt=text',
      'packages/',
      'packages/x/',
      'packages/x/src/',
      'packages/x/src/index.ts=export {};',
      'site/',
      'site/config.json=new',
    ]);
  });

  it.each(['data/sources/x/x.zh.txt', 'packages/x/src/index.ts', 'site/config.json'])(
    'undoes every move when moving %s fails: nothing is left half-written',
    (failing) => {
      const before = tree();
      expect(() =>
        commitFiles(root, files(), {
          beforeMove: (path) => {
            if (path === failing) throw new Error('disk full');
          },
        }),
      ).toThrow('disk full');
      expect(tree()).toEqual(before);
    },
  );

  it('fails before moving anything when a target cannot be created', () => {
    writeFileSync(join(root, 'packages'), 'a file where a folder should be');
    const before = tree();
    expect(() => commitFiles(root, files())).toThrow();
    expect(tree()).toEqual(before);
    expect(existsSync(join(root, 'data'))).toBe(false);
  });
});
