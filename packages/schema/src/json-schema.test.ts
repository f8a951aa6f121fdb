import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_ROOTS, toJsonSchema } from './json-schema.js';

type Node = Record<string, unknown>;

/** Every property of every object schema, with its path. */
function properties(node: unknown, path = '#'): [string, Node][] {
  if (!node || typeof node !== 'object') return [];
  const n = node as Node;
  const own = n.properties
    ? Object.entries(n.properties as Record<string, Node>).map(
        ([k, v]) => [`${path}/${k}`, v] as [string, Node],
      )
    : [];
  return [
    ...own,
    ...Object.entries(n).flatMap(([k, v]) =>
      k === 'properties'
        ? Object.entries(v as Node).flatMap(([pk, pv]) => properties(pv, `${path}/${pk}`))
        : properties(v, `${path}/${k}`),
    ),
  ];
}

describe.each(Object.keys(JSON_SCHEMA_ROOTS) as (keyof typeof JSON_SCHEMA_ROOTS)[])(
  '%s',
  (name) => {
    const schema = toJsonSchema(name);

    it('matches the committed file (run `pnpm --filter @shuangjian/schema build:json-schema` after changing a schema)', async () => {
      await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot(`../schema/${name}`);
    });

    it('describes every field', () => {
      const props = properties(schema);
      expect(props.length).toBeGreaterThan(3);
      const resolve = (p: Node): Node =>
        typeof p.$ref === 'string'
          ? ((schema.$defs as Record<string, Node>)[p.$ref.split('/').pop()!] ?? p)
          : p;
      const undocumented = props
        .filter(([, p]) => !p.description && !resolve(p).description)
        .map(([path]) => path);
      expect(undocumented).toEqual([]);
    });

    it('is draft 2020-12 and closed to unknown keys', () => {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(JSON.stringify(schema)).toContain('"additionalProperties":false');
    });
  },
);
