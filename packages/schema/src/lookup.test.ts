import { describe, expect, it } from 'vitest';
import { deepFreeze, editDistance, figureLookup, nearestIds } from './lookup.js';

describe('deepFreeze', () => {
  it('freezes every nested object and array, and returns the same value', () => {
    const value = { a: [{ b: 1 }], c: { d: 'x' } };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(Object.isFrozen(value.c)).toBe(true);
    expect(() => {
      (value.a[0] as { b: number }).b = 2;
    }).toThrow(TypeError);
  });
});

describe('nearestIds', () => {
  const known = ['enforcement-personnel-dispatched', 'grid-workers', 'grid-patrols'];

  it('finds a one-letter typo, nearest first', () => {
    expect(editDistance('grid-worker', 'grid-workers')).toBe(1);
    expect(nearestIds('enforcement-personel-dispatched', known)).toEqual([
      'enforcement-personnel-dispatched',
    ]);
    expect(nearestIds('grid-worker', known)).toEqual(['grid-workers']);
  });

  it('suggests nothing for an id unlike any', () => {
    expect(nearestIds('no-such-thing', known)).toEqual([]);
  });
});

describe('figureLookup', () => {
  const figures = [
    { id: 'grid-workers', global_id: 'a/grid-workers' },
    { id: 'grid-patrols', global_id: 'b/grid-patrols' },
  ];
  const get = figureLookup('@x/y', figures);

  it('returns the figure with the id', () => {
    expect(get('grid-patrols')).toBe(figures[1]);
  });

  it('looks up global ids when asked, and names GLOBAL_FIGURE_IDS', () => {
    const byGlobal = figureLookup('@x/all', figures, 'global_id');
    expect(byGlobal('b/grid-patrols')).toBe(figures[1]);
    expect(() => byGlobal('grid-patrols')).toThrow(
      new RangeError(
        'getFigure: @x/all has no figure "grid-patrols"; did you mean "b/grid-patrols"? (2 ids, listed in GLOBAL_FIGURE_IDS)',
      ),
    );
  });

  it('throws a RangeError naming the package and the nearest ids', () => {
    expect(() => get('grid-worker')).toThrow(
      new RangeError(
        'getFigure: @x/y has no figure "grid-worker"; did you mean "grid-workers"? (2 ids, listed in FIGURE_IDS)',
      ),
    );
  });

  it('throws a TypeError for an argument that is not a string', () => {
    expect(() => get(null as unknown as string)).toThrow(
      new TypeError(
        'getFigure: expected a figure id of @x/y (a string such as "grid-workers"), got null',
      ),
    );
  });
});
