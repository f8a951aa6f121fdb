// Deterministic JSON for the static API.
import { describe, expect, it } from 'vitest';
import { sortKeys, stableJson } from '../../../src/lib/api/json';

describe('stableJson', () => {
  it('sorts keys at every level, keeps array order, indents by two and ends with a newline', () => {
    const value = { b: 1, a: { d: [3, { z: 1, y: 2 }], c: null }, $schema: 'x' };
    expect(stableJson(value)).toBe(
      '{\n  "$schema": "x",\n  "a": {\n    "c": null,\n    "d": [\n      3,\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n',
    );
    expect(stableJson({ y: 1, x: 2 })).toBe(stableJson({ x: 2, y: 1 }));
  });

  it('drops undefined fields, as JSON.stringify does', () => {
    expect(sortKeys({ a: undefined, b: [undefined] })).toEqual({ b: [undefined] });
  });
});
