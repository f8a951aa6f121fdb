// A buildable copy of the repository whose data is a synthetic corpus of N cities instead of the
// real three: data/ is replaced (sources, annotations, indicators), the real city packages are
// removed, a package folder is made for each synthetic city and linked into the site's
// node_modules (what `pnpm install` does for a workspace dependency), and site.config.json lists
// the synthetic cities. Nothing is built: the benchmark times validate, build:data and the site.
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyWorkspace } from '../../workspace/copy.ts';
import { DEFAULT_SEED, writeSyntheticCorpus, type CorpusStats } from '../synthetic.ts';

export interface SyntheticWorkspace {
  root: string;
  corpus: CorpusStats;
  slugs: string[];
}

interface SiteConfig {
  site: string;
  cities: string[];
}

const changelog = (slug: string) =>
  `# @shuangjian/${slug}\n\n## 0.0.0\n\n### Minor Changes\n\n- 基准测试用的合成城市。\n  A synthetic city for the benchmark.\n`;

export function syntheticWorkspace(cities: number, seed = DEFAULT_SEED): SyntheticWorkspace {
  const root = copyWorkspace(`shuangjian-bench-${cities}`);
  try {
    const configFile = join(root, 'site', 'site.config.json');
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as SiteConfig;
    for (const dir of ['data/cities', 'data/sources', 'data/seeds', 'data/indicators.yaml'])
      rmSync(join(root, dir), { recursive: true, force: true });
    const links = join(root, 'site', 'node_modules', '@shuangjian');
    for (const slug of config.cities) {
      rmSync(join(root, 'packages', slug), { recursive: true, force: true });
      rmSync(join(links, slug), { force: true });
    }
    const corpus = writeSyntheticCorpus(root, cities, seed);
    const slugs = readdirSync(join(root, 'data', 'cities'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort();
    mkdirSync(links, { recursive: true });
    for (const slug of slugs) {
      writeFileSync(join(root, 'packages', slug, 'CHANGELOG.md'), changelog(slug));
      symlinkSync(`../../../packages/${slug}`, join(links, slug), 'dir');
    }
    writeFileSync(configFile, `${JSON.stringify({ ...config, cities: slugs }, null, 2)}\n`);
    return { root, corpus, slugs };
  } catch (e) {
    rmSync(root, { recursive: true, force: true });
    throw e;
  }
}
