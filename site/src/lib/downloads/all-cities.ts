// The all-cities download, /downloads/all/: the files of the @shuangjian/all-cities package, byte for
// byte, in the package's layout (so its datapackage.json's relative paths work where it is served).
import type { Dataset } from '@shuangjian/schema';
import { readPackageFile } from '../package-files';
import { mediaTypeOf } from './media';

/** The folder of the all-cities files under /downloads/, and the package they are. */
export const ALL_CITIES = 'all';
export const ALL_CITIES_PACKAGE = '@shuangjian/all-cities';

/** A file of the all-cities download, at /downloads/all/<path>. */
export interface AllCitiesFile {
  /** Path in the package and the download, e.g. "data/figures.csv". */
  path: string;
  mediaType: string;
  description: { zh: string; en: string };
  bytes: Buffer;
}

/** Files of the package that go into the zip of everything besides the served ones. */
export const ALL_CITIES_EXTRAS = ['LICENSE', 'LICENSE-DATA', 'CITATION.cff'] as const;

interface Descriptor {
  version: string;
  resources: { name: string; path: string }[];
}

/** What a resource of the package holds, in both languages, by resource name. */
function describe(
  name: string,
  cityOf: (sourceId: string) => { zh: string; en: string } | undefined,
): { zh: string; en: string } {
  const known: Record<string, { zh: string; en: string }> = {
    figures: {
      zh: '全部城市的全部数字,一张长表,含城市与来源各列,CSV(RFC 4180,UTF-8)',
      en: 'Every figure of every city in one long table with the city and source columns, CSV (RFC 4180, UTF-8)',
    },
    'figures-excel': {
      zh: '同一张表,适合 Excel 的 CSV(带 BOM)',
      en: 'The same table, CSV for Excel (with a byte-order mark)',
    },
    'figures-json': {
      zh: '全部城市的全部数字,一个 JSON 数组',
      en: 'Every figure of every city, one JSON array',
    },
    indicators: {
      zh: '跨城市指标表:名称、单位、定义与可比性,CSV',
      en: 'The indicator table: names, unit, definition and comparability, CSV',
    },
    'indicators-json': { zh: '跨城市指标表,JSON', en: 'The indicator table, JSON' },
    cities: {
      zh: '城市表:名称、所属省份与行政区划代码,JSON',
      en: 'The cities: names, province and GB/T 2260 code, JSON',
    },
  };
  const source = /^source-(.+)$/.exec(name);
  if (source) {
    const city = cityOf(source[1]!);
    return {
      zh: `${city?.zh ?? source[1]}原文(逐字节不变)`,
      en: `Source text of ${city?.en ?? source[1]}, byte for byte`,
    };
  }
  const d = known[name];
  if (!d)
    throw new Error(
      `${ALL_CITIES_PACKAGE} datapackage.json: no description for resource "${name}"`,
    );
  return d;
}

const cache = new WeakMap<readonly Dataset[], AllCitiesFile[]>();

/**
 * Every served file of the all-cities download: the package's resources in its order, then
 * datapackage.json, data/manifest.sha256 and README.md (the codebook). Throws when the package does
 * not hold exactly the site's cities (run `pnpm build:data`). Memoised per datasets array.
 */
export function allCitiesFiles(datasets: readonly Dataset[]): AllCitiesFile[] {
  let files = cache.get(datasets);
  if (!files) cache.set(datasets, (files = readAllCitiesFiles(datasets)));
  return files;
}

function readAllCitiesFiles(datasets: readonly Dataset[]): AllCitiesFile[] {
  const read = (path: string) => readPackageFile(ALL_CITIES_PACKAGE, path);
  const cities = JSON.parse(read('data/cities.json').toString('utf8')) as { slug: string }[];
  const have = cities.map((c) => c.slug).sort();
  const want = datasets.map((d) => d.city.slug).sort();
  if (have.join() !== want.join())
    throw new Error(
      `${ALL_CITIES_PACKAGE} holds the cities [${have.join(', ')}] but the site shows [${want.join(', ')}]: run \`pnpm build:data\`, and list every city of data/cities in site/site.config.json`,
    );
  const sourceCity = new Map(
    datasets.flatMap((d) => d.sources.map((s) => [s.id, d.city.name] as const)),
  );
  const descriptor = JSON.parse(read('datapackage.json').toString('utf8')) as Descriptor;
  const file = (path: string, description: { zh: string; en: string }): AllCitiesFile => ({
    path,
    mediaType: mediaTypeOf(path),
    description,
    bytes: read(path),
  });
  return [
    ...descriptor.resources.map((r) =>
      file(
        r.path,
        describe(r.name, (id) => sourceCity.get(id)),
      ),
    ),
    file('datapackage.json', {
      zh: 'Frictionless Data Package v2 描述文件(全部城市)',
      en: 'Frictionless Data Package v2 descriptor (all cities)',
    }),
    file('data/manifest.sha256', {
      zh: '以上文件的 SHA-256 校验和(在下载的文件夹中运行 sha256sum -c data/manifest.sha256)',
      en: 'SHA-256 checksums of the files above (run sha256sum -c data/manifest.sha256 in the download folder)',
    }),
    file('README.md', {
      zh: '说明与字段手册(codebook):每一列、单位、限定与期间类型',
      en: 'README and codebook: every column, unit, qualifier and period kind',
    }),
  ];
}

/** The all-cities package's version, e.g. "1.0.0". */
export function allCitiesVersion(): string {
  return (
    JSON.parse(readPackageFile(ALL_CITIES_PACKAGE, 'package.json').toString('utf8')) as {
      version: string;
    }
  ).version;
}
