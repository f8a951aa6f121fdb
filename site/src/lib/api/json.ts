import type { z } from 'astro/zod';

/** A copy of a JSON value with every object's keys in code-unit order; arrays keep their order. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}

/** Deterministic pretty JSON: sorted keys, two-space indent, a final newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/**
 * A JSON response for a static API file, checked against its zod schema first so that the build
 * fails, naming the file and the field, rather than publish a file its JSON Schema would reject.
 */
export function apiResponse(path: string, schema: z.ZodType, value: unknown): Response {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`API file ${path} does not match its schema:\n  ${issues.join('\n  ')}`);
  }
  return new Response(stableJson(value), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
