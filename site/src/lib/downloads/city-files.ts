import type { Dataset } from '@shuangjian/schema';
import { listPackageFiles } from '../package-files';
import { mediaTypeOf } from './media';

/** A file of a city package, published under /downloads/<city>/<path> with the package's layout. */
export interface DownloadFile {
  city: string;
  /** Path inside the package, e.g. "data/figures.csv"; datapackage.json's relative paths keep working. */
  path: string;
  mediaType: string;
  description: { zh: string; en: string };
}

/** Every downloadable file of a city, in a stable order. */
export function cityDownloadFiles(d: Dataset): DownloadFile[] {
  const city = d.city.slug;
  const file = (path: string, zh: string, en: string): DownloadFile => ({
    city,
    path,
    mediaType: mediaTypeOf(path),
    description: { zh, en },
  });
  return [
    file('data/figures.csv', '全部数字,CSV(RFC 4180,UTF-8)', 'Every figure, CSV (RFC 4180, UTF-8)'),
    file(
      'data/figures.excel.csv',
      '全部数字,适合 Excel 的 CSV(带 BOM)',
      'Every figure, CSV for Excel (with a byte-order mark)',
    ),
    file('data/figures.json', '全部数字,JSON', 'Every figure, JSON'),
    file(
      'data/dataset.json',
      '城市、来源原文、数字与排除项,JSON',
      'City, sources with text, figures and exclusions, JSON',
    ),
    ...listPackageFiles(d.name, 'data/sources').map((name) =>
      file(`data/sources/${name}`, '原文(逐字节不变)', 'Source text, byte for byte'),
    ),
    file(
      'datapackage.json',
      'Frictionless Data Package v2 描述文件',
      'Frictionless Data Package v2 descriptor',
    ),
    file(
      'data/manifest.sha256',
      '以上文件的 SHA-256 校验和(在城市文件夹中运行 sha256sum -c data/manifest.sha256)',
      'SHA-256 checksums of the files above (run sha256sum -c data/manifest.sha256 in the city folder)',
    ),
  ];
}
