// Run-time helpers the city packages share: frozen data, and an id lookup that says what was meant.

/** Freezes a value and everything in it, so that no consumer can change what another reads. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Levenshtein distance between two strings, by UTF-16 code unit (ids are ASCII). */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length]!;
}

/**
 * The known ids closest to a mistyped one (at most `max`, nearest first, then alphabetical), within
 * an edit distance of 2 or a quarter of its length, whichever is larger.
 */
export function nearestIds(id: string, known: readonly string[], max = 3): string[] {
  const limit = Math.max(2, Math.floor(id.length / 4));
  return known
    .map((k) => ({ k, d: editDistance(id, k) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : 1))
    .slice(0, max)
    .map(({ k }) => k);
}

/**
 * getFigure() of a package: the figure with an id (or, for the all-cities package, a global id), or
 * a TypeError for an argument that is not a string and a RangeError naming the nearest ids for an
 * id the package does not have.
 */
export function figureLookup<F extends { readonly id: string; readonly global_id: string }>(
  packageName: string,
  figures: readonly F[],
  key: 'id' | 'global_id' = 'id',
): (id: string) => F {
  const byId = new Map(figures.map((f) => [f[key], f]));
  const ids = figures.map((f) => f[key]);
  const list = key === 'id' ? 'FIGURE_IDS' : 'GLOBAL_FIGURE_IDS';
  return (id) => {
    if (typeof id !== 'string')
      throw new TypeError(
        `getFigure: expected a figure id of ${packageName} (a string such as "${ids[0]}"), got ${id === null ? 'null' : typeof id}`,
      );
    const figure = byId.get(id);
    if (figure) return figure;
    const near = nearestIds(id, ids).map((k) => `"${k}"`);
    throw new RangeError(
      `getFigure: ${packageName} has no figure "${id}"` +
        (near.length ? `; did you mean ${near.join(' or ')}?` : '') +
        ` (${ids.length} ids, listed in ${list})`,
    );
  };
}
