// Reading the static API in site/dist/api/v1.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, fileOf } from './dist';
import { listFiles, SITE_ORIGIN } from './expected';

export const API_DIR = join(DIST, 'api', 'v1');

/** Every file under dist/api/v1, as paths relative to it ("cities/hefei.json"). */
export function apiFiles(): string[] {
  return existsSync(API_DIR) ? listFiles(API_DIR) : [];
}

export function readApi(rel: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(API_DIR, rel), 'utf8')) as Record<string, unknown>;
}

export function readApiText(rel: string): string {
  return readFileSync(join(API_DIR, rel), 'utf8');
}

/** The absolute URL of an API file. */
export const apiUrl = (rel: string) => `${SITE_ORIGIN}/api/v1/${rel}`;

/** Every string in a JSON value, with its JSON path. */
export function strings(value: unknown, path = '$'): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/**
 * Why a URL under the site's address does not resolve, or null if it does: the file must exist in
 * dist and a #fragment must be an id on that page.
 */
export function unresolved(url: string): string | null {
  const u = new URL(url);
  if (u.origin !== SITE_ORIGIN) return null;
  const file = fileOf(u.pathname);
  if (!file) return 'no such file in dist';
  if (u.hash) {
    const id = decodeURIComponent(u.hash.slice(1));
    const html = readFileSync(join(DIST, file), 'utf8');
    if (!html.includes(`id="${id}"`)) return `no id "${id}" on ${u.pathname}`;
  }
  return null;
}

/** JSON as the API must write it: keys sorted at every level, two-space indent, final newline. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}
