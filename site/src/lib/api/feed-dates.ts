// The feed's dates (feed.ts: each release's CHANGELOG.md, by its last commit), asked of git as
// `astro build` starts, while the build's process is small: git is forked from it, and forked
// from the 1.7 GB a 300-city build reaches, it started as a copy of all of it. The feed route
// then reads them (gitCommitDates) instead of asking git itself.
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import config from '../../../site.config.json' with { type: 'json' };
import { cityPackage, packageDir } from '../package-files';
import { askGitCommitDates } from './feed';
import { SHARED_PACKAGES } from './shared-packages';

/** The CHANGELOG.md of every published package that is installed (site-data.ts reports the rest). */
export function changelogFiles(cities: readonly string[]): string[] {
  return [...cities.map(cityPackage), ...SHARED_PACKAGES].flatMap((name) => {
    try {
      return [join(packageDir(name), 'CHANGELOG.md')];
    } catch {
      return [];
    }
  });
}

export default function feedDates(): AstroIntegration {
  return {
    name: 'shuangjian:feed-dates',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') askGitCommitDates(changelogFiles(config.cities));
      },
    },
  };
}
