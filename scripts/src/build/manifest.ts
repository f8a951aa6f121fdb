// data/manifest.sha256 of a city package: one `sha256sum` line per published data file, so that
// `sha256sum -c data/manifest.sha256` run in the package folder checks every data file.
import { sha256 } from '../validate/check-sources.ts';

/** Where the manifest sits, relative to the package folder. */
export const MANIFEST_PATH = 'data/manifest.sha256';

/**
 * Whether a package-relative path is a published data file the manifest covers: data/*.json,
 * data/*.csv, data/sources/* and datapackage.json (never the manifest itself).
 */
export function inManifest(path: string): boolean {
  return (
    path === 'datapackage.json' ||
    /^data\/[^/]+\.(json|csv)$/.test(path) ||
    /^data\/sources\/[^/]+$/.test(path)
  );
}

/**
 * The manifest text for a package's files (package-relative path -> bytes): `<hex>  <path>` lines
 * in sha256sum's text-mode format, sorted by path in code-unit order, LF line ends.
 * Files the manifest does not cover are skipped.
 */
export function sha256Manifest(files: ReadonlyMap<string, Uint8Array>): string {
  const paths = [...files.keys()].filter(inManifest).sort();
  // sha256sum escapes names holding "\" or a newline; our paths are kebab-case, so refuse those.
  const odd = paths.filter((p) => /[\\\n\r]/.test(p));
  if (odd.length > 0) throw new Error(`cannot list in ${MANIFEST_PATH}: ${odd.join(', ')}`);
  return paths.map((p) => `${sha256(files.get(p)!)}  ${p}\n`).join('');
}
