// Where a site build spends its page-generation time: Astro logs each generated route with the
// time it took ("├─ /images/og/figures/x.png (+23ms)"). Summed by route family, largest first.

export interface RouteFamily {
  family: string;
  routes: number;
  ms: number;
}

const LINE = /[├└]─ \/(\S*) \(\+(\d+)ms\)/;

/** The family of a route path: its first segment, or two for images/, downloads/, embed/ and api/. */
export function routeFamily(path: string): string {
  const parts = path.replace(/^en\//, '').split('/').filter(Boolean);
  if (parts.length === 0 || parts[0] === 'index.html') return 'home';
  const two = ['images', 'embed', 'api'].includes(parts[0]!);
  return two && parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]!.replace(/\.html$/, '');
}

export function routeTimes(log: string): RouteFamily[] {
  const families = new Map<string, RouteFamily>();
  for (const line of log.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const family = routeFamily(m[1]!);
    const f = families.get(family) ?? { family, routes: 0, ms: 0 };
    f.routes += 1;
    f.ms += Number(m[2]);
    families.set(family, f);
  }
  return [...families.values()].sort((a, b) => b.ms - a.ms || a.family.localeCompare(b.family));
}

/**
 * Seconds Astro reports for generating the static routes, or null. Its format (getTimeStat):
 * "812ms", "10.28s", or "2m 5s" past a minute.
 */
export function generationSeconds(log: string): number | null {
  const at = log.indexOf('generating static routes');
  if (at < 0) return null;
  const m = /✓ Completed in (?:(\d+)m (\d+)s|([\d.]+)(ms|s))\./.exec(log.slice(at));
  if (!m) return null;
  if (m[1] !== undefined) return Number(m[1]) * 60 + Number(m[2]);
  return m[4] === 'ms' ? Number(m[3]) / 1000 : Number(m[3]);
}
