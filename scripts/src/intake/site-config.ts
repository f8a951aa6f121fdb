// The site shows a city when site/site.config.json lists it and site/package.json depends on its
// package (a site test keeps both in step with data/cities/); scripts/package.json lists every city
// package as a dev dependency too.

type Json = Record<string, unknown>;

const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** site.config.json with `slug` last in `cities` (their order is the order of the site's lists). */
export function withSiteCity(text: string, slug: string): string {
  const config = JSON.parse(text) as Json & { cities: string[] };
  if (!Array.isArray(config.cities)) throw new Error('has no "cities" list');
  return jsonText({ ...config, cities: [...config.cities.filter((c) => c !== slug), slug] });
}

/** package.json with `name` added to `section` at its sorted place; the other entries keep their order. */
export function withDependency(
  text: string,
  section: 'dependencies' | 'devDependencies',
  name: string,
  spec: string,
): string {
  const pkg = JSON.parse(text) as Json;
  const deps = Object.entries((pkg[section] ?? {}) as Record<string, string>).filter(
    ([k]) => k !== name,
  );
  const at = deps.findIndex(([k]) => k > name);
  deps.splice(at < 0 ? deps.length : at, 0, [name, spec]);
  return jsonText({ ...pkg, [section]: Object.fromEntries(deps) });
}
