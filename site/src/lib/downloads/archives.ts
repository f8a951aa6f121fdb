// The zips on /data/: one per city and one of everything, at /downloads/<name>.zip.
import type { Dataset } from '@shuangjian/schema';
import { readPackageFile } from '../package-files';
import { ALL_CITIES, ALL_CITIES_EXTRAS, ALL_CITIES_PACKAGE, allCitiesFiles } from './all-cities';
import { cityDownloadFiles } from './city-files';
import { cachedZip } from './zip-cache';
import { deterministicZip, zipMtime, type ZipEntry } from './zip';
import { inFolder, readZip, writeZip } from './zip-join';

/** The file name of the zip of every city. */
export const ALL_ARCHIVE = 'shuangjian-data-all.zip';

/** Files of a city package that go into its zip besides the data files. */
export const PACKAGE_EXTRAS = ['README.md', 'LICENSE', 'LICENSE-DATA', 'CITATION.cff'] as const;

/** A zip on the /data/ page. */
export interface Archive {
  /** File name, e.g. "hefei.zip"; served at /downloads/<name>. */
  name: string;
  /** The city slug, or null for the zip of every city. */
  city: string | null;
  description: { zh: string; en: string };
  /** The files in the zip, unsorted (the zip sorts them). */
  entries: () => ZipEntry[];
  /** The zip's bytes (with zipMtime()), from the build cache or built (zip-cache.ts). */
  bytes: () => Uint8Array;
  /** Its size in bytes, remembered after the first call. */
  size: () => number;
}

/**
 * A city's zip: the package layout (data/**, datapackage.json) with README.md, LICENSE,
 * LICENSE-DATA and CITATION.cff, datapackage.json at the top so that Frictionless tools can open the zip as is.
 */
export function cityZipEntries(d: Dataset): ZipEntry[] {
  return [
    ...cityDownloadFiles(d).map((f) => ({ path: f.path, bytes: readPackageFile(d.name, f.path) })),
    ...PACKAGE_EXTRAS.map((path) => ({ path, bytes: readPackageFile(d.name, path) })),
  ];
}

/** The all-cities package's files in the zip of everything, at its top. */
function allTopEntries(datasets: readonly Dataset[]): ZipEntry[] {
  return [
    ...allCitiesFiles(datasets).map((f) => ({ path: f.path, bytes: f.bytes })),
    ...ALL_CITIES_EXTRAS.map((path) => ({
      path,
      bytes: readPackageFile(ALL_CITIES_PACKAGE, path),
    })),
  ];
}

/**
 * The zip of everything: the all-cities package's files at the top (the long table, the indicators,
 * README with the codebook, licences and CITATION.cff), then one folder per city as in its zip.
 */
export function allZipEntries(datasets: readonly Dataset[]): ZipEntry[] {
  return [
    ...allTopEntries(datasets),
    ...datasets.flatMap((d) =>
      cityZipEntries(d).map((e) => ({ path: `${d.city.slug}/${e.path}`, bytes: e.bytes })),
    ),
  ];
}

const cache = new WeakMap<readonly Dataset[], Archive[]>();

/** Every zip, the one of every city first, then the cities in order. Memoised per datasets array. */
export function archives(datasets: readonly Dataset[]): Archive[] {
  let list = cache.get(datasets);
  if (!list) cache.set(datasets, (list = listArchives(datasets)));
  return list;
}

// Only the size is remembered: 300 cities' zips held in memory would be about 50 MB.
function archive(a: Omit<Archive, 'bytes' | 'size'>, make?: (mtime: Date) => Uint8Array): Archive {
  const bytes = () => {
    const mtime = zipMtime();
    return cachedZip(a.entries(), mtime, make && (() => make(mtime)));
  };
  let size: number | undefined;
  return { ...a, bytes, size: () => (size ??= bytes().length) };
}

/**
 * The zip of everything made from the cities' zips (zip-join.ts): their entries copied as they
 * are, not deflated again; the same bytes as deterministicZip(allZipEntries(datasets)).
 */
function joinedAllZip(datasets: readonly Dataset[], cities: Archive[], mtime: Date): Uint8Array {
  const top = readZip(deterministicZip(allTopEntries(datasets), mtime), ALL_ARCHIVE);
  return writeZip([
    ...top,
    ...cities.flatMap((a) => inFolder(readZip(a.bytes(), a.name), a.city!)),
  ]);
}

function listArchives(datasets: readonly Dataset[]): Archive[] {
  const reserved = [ALL_CITIES, ALL_ARCHIVE.replace(/\.zip$/, '')];
  const clash = datasets.find((d) => reserved.includes(d.city.slug));
  if (clash) throw new Error(`city slug "${clash.city.slug}" clashes with a download name`);
  const cities = datasets.map((d) =>
    archive({
      name: `${d.city.slug}.zip`,
      city: d.city.slug,
      description: {
        zh: `${d.city.name.zh}的全部文件,按包内结构,含 README 与许可证`,
        en: `Every file of ${d.city.name.en}, laid out as in the package, with its README and licences`,
      },
      entries: () => cityZipEntries(d),
    }),
  );
  return [
    archive(
      {
        name: ALL_ARCHIVE,
        city: null,
        description: {
          zh: '全部城市的长表与指标表(附 README 字段手册、许可证与引用信息),加上每个城市的文件夹',
          en: 'The all-cities table and indicators with a README (the codebook), licences and citation, and a folder per city',
        },
        entries: () => allZipEntries(datasets),
      },
      (mtime) => joinedAllZip(datasets, cities, mtime),
    ),
    ...cities,
  ];
}
