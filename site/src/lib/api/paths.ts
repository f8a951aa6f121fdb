/** The paths of the static API (v1), language-neutral; make them absolute with `absolute()`. */
export const API_BASE = '/api/v1';

/** The JSON Schemas published under /api/v1/schema/<name>.json, one per kind of API file. */
export const API_SCHEMA_NAMES = ['index', 'city', 'figure', 'indicator'] as const;
export type ApiSchemaName = (typeof API_SCHEMA_NAMES)[number];

export const apiPaths = {
  index: () => `${API_BASE}/index.json`,
  city: (city: string) => `${API_BASE}/cities/${city}.json`,
  figure: (city: string, id: string) => `${API_BASE}/figures/${city}/${id}.json`,
  indicator: (id: string) => `${API_BASE}/indicators/${id}.json`,
  schema: (name: ApiSchemaName) => `${API_BASE}/schema/${name}.json`,
};

/** The Atom feed of data releases. */
export const FEED_PATH = '/feed.xml';

/** An absolute URL under the configured public address (Astro.site). */
export function absolute(site: URL, path: string): string {
  return new URL(path, site).href;
}
