// What the download tests share: the served files in site/dist and what they must hold.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist';
import { DATASETS, listFiles, packageDir, packageDownloads } from './expected';

/** site/dist/downloads. */
export const DOWNLOADS = join(DIST, 'downloads');

/** Throws, saying what to do, when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(DOWNLOADS, 'all', 'data', 'figures.csv')))
    throw new Error(
      `${DOWNLOADS}/all/data/figures.csv is missing: run the site build first ` +
        '(cd site && PATH=../node_modules/.bin:$PATH node_modules/.bin/astro build)',
    );
}

/** A served file, /downloads/<path>. */
export const served = (path: string) => readFileSync(join(DOWNLOADS, path));

/** A file of a city package. */
export const packageFile = (name: string, path: string) =>
  readFileSync(join(packageDir(name), path));

/** The source texts of a city package, e.g. ["hefei-2023-09-27.zh.txt"]. */
export const packageSources = (name: string) => listFiles(join(packageDir(name), 'data/sources'));

/** The all-cities package. */
export const ALL_CITIES_PACKAGE = '@shuangjian/all-cities';

/** The files of /downloads/all/, derived from the all-cities package's descriptor. */
export function expectedAllFiles(): string[] {
  const descriptor = JSON.parse(
    packageFile(ALL_CITIES_PACKAGE, 'datapackage.json').toString('utf8'),
  ) as { resources: { path: string }[] };
  return [
    ...descriptor.resources.map((r) => r.path),
    'datapackage.json',
    'data/manifest.sha256',
    'README.md',
  ].sort();
}

/** Files a city zip holds besides the package's data files. */
export const EXTRAS = ['CITATION.cff', 'LICENSE', 'LICENSE-DATA', 'README.md'];

/** The entries of a city's zip, derived from the package. */
export const expectedCityZip = (d: (typeof DATASETS)[number]) =>
  [...packageDownloads(d), ...EXTRAS].sort();

/** The number of records (header included) in an RFC 4180 CSV text that ends in CRLF. */
export function csvRecords(text: string): number {
  let quoted = false;
  let records = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // A doubled quote inside a field toggles twice, so it leaves the state unchanged.
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\r' && text[i + 1] === '\n') records++;
  }
  return records;
}
