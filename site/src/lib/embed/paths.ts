import { createHash } from 'node:crypto';
import { localePath, type Lang } from '../../i18n/lang';

/** A package a chart draws, as ChartEntry.packages lists it. */
export interface PackageVersion {
  name: string;
  version: string;
}

/** "latest", or a data version key such as "hefei-0.1.0". */
export type EmbedVersion = string;

export const LATEST = 'latest';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Semver without build metadata: "+" has no place in a path segment.
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** The longest readable key; file systems allow 255 bytes per path segment. */
export const MAX_READABLE_KEY = 100;

/**
 * The data version of a chart as a path segment: each package as "<name without scope>-<version>",
 * sorted by name, joined by "." ("bengbu-0.1.0.hefei-0.1.0.huangshan-0.1.0"). A chart drawing so
 * many packages that this would pass MAX_READABLE_KEY characters (an indicator across dozens of
 * cities) gets "<n>-packages-<first 16 hex of the SHA-256 of the readable key>" instead. Either way
 * the same packages at the same versions always give the same key; a bump of any of them gives another.
 */
export function versionKey(packages: readonly PackageVersion[]): string {
  if (packages.length === 0) throw new Error('a chart draws no package, so it has no data version');
  const parts = packages.map(({ name, version }) => {
    const bare = name.replace(/^@[^/]+\//, '');
    if (!SLUG.test(bare)) throw new Error(`package name "${name}" cannot go into an embed path`);
    if (!SEMVER.test(version))
      throw new Error(`version "${version}" of ${name} is not semver without build metadata`);
    return { bare, key: `${bare}-${version}` };
  });
  const names = parts.map((p) => p.bare);
  if (new Set(names).size !== names.length)
    throw new Error(`a package is listed twice: ${names.join(', ')}`);
  const readable = parts
    .sort((a, b) => (a.bare < b.bare ? -1 : a.bare > b.bare ? 1 : 0))
    .map((p) => p.key)
    .join('.');
  if (readable.length <= MAX_READABLE_KEY) return readable;
  const digest = createHash('sha256').update(readable).digest('hex').slice(0, 16);
  return `${parts.length}-packages-${digest}`;
}

/** The path of a chart's embed page: /embed/latest/<id>/ or /embed/v/<key>/<id>/, under /en/ in English. */
export function embedPath(lang: Lang, chartId: string, version: EmbedVersion): string {
  if (!SLUG.test(chartId)) throw new Error(`chart id "${chartId}" is not kebab-case`);
  return localePath(lang, `/embed/${embedRoute(chartId, version)}/`);
}

/** The [...path] route parameter of an embed page: "latest/<id>" or "v/<key>/<id>". */
export function embedRoute(chartId: string, version: EmbedVersion): string {
  return version === LATEST ? `${LATEST}/${chartId}` : `v/${version}/${chartId}`;
}

/** Both embed paths of a chart in a language: "latest" follows the data, "pinned" never changes. */
export function embedPaths(
  entry: { id: string; packages: readonly PackageVersion[] },
  lang: Lang,
): { latest: string; pinned: string; version: string } {
  const version = versionKey(entry.packages);
  return {
    latest: embedPath(lang, entry.id, LATEST),
    pinned: embedPath(lang, entry.id, version),
    version,
  };
}

/** One embed page to build: its route parameter, the chart, and the data version it shows. */
export interface EmbedRoute<E> {
  path: string;
  entry: E;
  /** The data version the page draws (for "latest" too: the current one). */
  version: string;
  pinned: boolean;
}

/**
 * Every embed page of a build: "latest" and the current data version of each chart. Older
 * versioned pages are not rebuilt; the deploy keeps them (CONTRIBUTING.md, "Embeds").
 */
export function embedRoutes<E extends { id: string; packages: readonly PackageVersion[] }>(
  entries: readonly E[],
): EmbedRoute<E>[] {
  const ids = new Set<string>();
  return entries.flatMap((entry) => {
    if (ids.has(entry.id)) throw new Error(`two charts have the id "${entry.id}"`);
    ids.add(entry.id);
    const version = versionKey(entry.packages);
    return [
      { path: embedRoute(entry.id, LATEST), entry, version, pinned: false },
      { path: embedRoute(entry.id, version), entry, version, pinned: true },
    ];
  });
}
