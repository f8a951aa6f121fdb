// Everything under /downloads/: each city's package files, the all-cities files and the zips.
import type { Dataset } from '@shuangjian/schema';
import { readPackageFile } from './package-files';
import { cityDownloadFiles } from './downloads/city-files';

export type { DownloadFile } from './downloads/city-files';
export {
  ALL_CITIES,
  ALL_CITIES_PACKAGE,
  allCitiesFiles,
  allCitiesVersion,
  type AllCitiesFile,
} from './downloads/all-cities';
export { ALL_ARCHIVE, archives, type Archive } from './downloads/archives';

/** Every downloadable file of a city, in a stable order. */
export const downloadFiles = cityDownloadFiles;

/** A city package file as bytes. */
export function readDownload(d: Dataset, path: string): Buffer {
  return readPackageFile(d.name, path);
}

/** The URL of a file of the all-cities download (same for both languages). */
export const allCitiesHref = (path: string) => `/downloads/all/${path}`;

/** The URL of a zip (same for both languages). */
export const archiveHref = (name: string) => `/downloads/${name}`;
