// Checks of a package's datapackage.json that every data package must pass.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { REPO_ROOT } from '../src/paths.ts';

// The official Data Package v2 profiles, vendored (Unlicense) so that validation runs offline.
const PROFILES = join(REPO_ROOT, 'scripts', 'vendor', 'frictionless', '2.0');

export interface Descriptor {
  version: string;
  resources: {
    name: string;
    path: string;
    bytes: number;
    hash: string;
    schema?: { fields: { name: string; description: string }[] };
    dialect?: unknown;
  }[];
}

/**
 * The descriptor of packages/<dir> (or of any folder laid out like a package, given as an absolute
 * path, such as a served download): valid against the official profiles (which really check: a
 * resource without a path is refused), and true to the bytes and hashes of the files it lists.
 */
export function expectValidDescriptor(dir: string): Descriptor {
  const root = isAbsolute(dir) ? dir : join(REPO_ROOT, 'packages', dir);
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('textarea', true); // an editor hint in the profiles, not a constraint
  const profile = (name: string) =>
    ajv.compile(JSON.parse(readFileSync(join(PROFILES, `${name}.json`), 'utf8')) as object);
  const descriptor = JSON.parse(readFileSync(join(root, 'datapackage.json'), 'utf8')) as Descriptor;
  const valid = (check: ReturnType<typeof profile>, value: unknown) =>
    expect(check(value), JSON.stringify(check.errors, null, 2)).toBe(true);
  valid(profile('datapackage'), descriptor);
  expect(profile('datapackage')({ ...descriptor, resources: [{ name: 'figures' }] })).toBe(false);
  for (const r of descriptor.resources) {
    valid(profile('dataresource'), r);
    if (r.schema) valid(profile('tableschema'), r.schema);
    if (r.dialect) valid(profile('tabledialect'), r.dialect);
    const bytes = readFileSync(join(root, r.path));
    expect(r.bytes, r.path).toBe(bytes.length);
    expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
  }
  return descriptor;
}
