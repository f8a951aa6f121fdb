// The all-cities download, /downloads/all/: every city's figures in one file, built from the packages.
import type { Dataset } from '@shuangjian/schema';
import { listPackageFiles, readPackageFile } from '../package-files';
import {
  allCitiesDescriptor,
  type CityDescriptor,
  type CityPackage,
  type SourceFile,
} from './all-datapackage';
import { concatCsv, concatJsonArrays, csvHeader, headerFields, withBom } from './concat';
import { mediaTypeOf } from './media';

/** The folder of the all-cities files under /downloads/. */
export const ALL_CITIES = 'all';

/** A file of the all-cities download, at /downloads/all/<path>. */
export interface AllCitiesFile {
  /** Path in the download, e.g. "figures.csv" or "sources/hefei-2023-09-27.zh.txt". */
  path: string;
  mediaType: string;
  description: { zh: string; en: string };
  bytes: Buffer;
}

const cache = new WeakMap<readonly Dataset[], AllCitiesFile[]>();

/**
 * Every file of the all-cities download, in a stable order: figures.csv, figures.excel.csv and
 * figures.json (the cities' files joined in the order given), the source texts, datapackage.json.
 * Throws, naming the files, when the cities' files cannot be joined (e.g. CSV headers differ).
 * Memoised per datasets array.
 */
export function allCitiesFiles(datasets: readonly Dataset[]): AllCitiesFile[] {
  let files = cache.get(datasets);
  if (!files) cache.set(datasets, (files = buildAllCitiesFiles(datasets)));
  return files;
}

function buildAllCitiesFiles(datasets: readonly Dataset[]): AllCitiesFile[] {
  if (datasets.length === 0) throw new Error('allCitiesFiles: no city datasets');
  const read = (d: Dataset, path: string) => ({
    name: `${d.name} ${path}`,
    bytes: readPackageFile(d.name, path),
  });
  const csvFiles = datasets.map((d) => read(d, 'data/figures.csv'));
  const csv = concatCsv(csvFiles);
  const excel = withBom(csv);
  const json = concatJsonArrays(datasets.map((d) => read(d, 'data/figures.json')));
  const sources: SourceFile[] = datasets.flatMap((d, city) =>
    listPackageFiles(d.name, 'data/sources').map((name) => ({
      city,
      packagePath: `data/sources/${name}`,
      path: `sources/${name}`,
      bytes: readPackageFile(d.name, `data/sources/${name}`),
    })),
  );
  const clashes = sources.filter((s, i) => sources.findIndex((x) => x.path === s.path) !== i);
  if (clashes.length > 0)
    throw new Error(
      `Source file names clash across cities: ${clashes.map((s) => `${datasets[s.city]!.name} ${s.packagePath}`).join(', ')}`,
    );
  const cities: CityPackage[] = datasets.map((d) => ({
    packageName: d.name,
    version: d.version,
    cityName: d.city.name,
    descriptor: JSON.parse(
      readPackageFile(d.name, 'datapackage.json').toString('utf8'),
    ) as CityDescriptor,
  }));
  const descriptor = allCitiesDescriptor(cities, {
    csv: { path: 'figures.csv', bytes: csv, header: headerFields(csvHeader(csvFiles[0]!)) },
    excel: { path: 'figures.excel.csv', bytes: excel },
    json: { path: 'figures.json', bytes: json },
    sources,
  });
  const file = (path: string, bytes: Buffer, zh: string, en: string): AllCitiesFile => ({
    path,
    mediaType: mediaTypeOf(path),
    description: { zh, en },
    bytes,
  });
  return [
    file(
      'figures.csv',
      csv,
      '全部城市的全部数字,一张表,CSV(RFC 4180,UTF-8)',
      'Every figure of every city in one table, CSV (RFC 4180, UTF-8)',
    ),
    file(
      'figures.excel.csv',
      excel,
      '同一张表,适合 Excel 的 CSV(带 BOM)',
      'The same table, CSV for Excel (with a byte-order mark)',
    ),
    file(
      'figures.json',
      json,
      '全部城市的全部数字,一个 JSON 数组',
      'Every figure of every city, one JSON array',
    ),
    ...sources.map((s) =>
      file(
        s.path,
        Buffer.from(s.bytes),
        `${datasets[s.city]!.city.name.zh}原文(逐字节不变)`,
        `Source text of ${datasets[s.city]!.city.name.en}, byte for byte`,
      ),
    ),
    file(
      'datapackage.json',
      Buffer.from(`${JSON.stringify(descriptor, null, 2)}\n`, 'utf8'),
      'Frictionless Data Package v2 描述文件(全部城市)',
      'Frictionless Data Package v2 descriptor (all cities)',
    ),
  ];
}
