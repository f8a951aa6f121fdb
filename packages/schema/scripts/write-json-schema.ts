// Writes schema/*.json from the zod schemas; src/json-schema.test.ts fails when they drift.
import { mkdirSync, writeFileSync } from 'node:fs';
import { JSON_SCHEMA_ROOTS, toJsonSchema } from '../dist/index.js';

const dir = new URL('../schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(JSON_SCHEMA_ROOTS) as (keyof typeof JSON_SCHEMA_ROOTS)[]) {
  writeFileSync(new URL(name, dir), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
}
