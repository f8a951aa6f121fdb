// packages/<slug>/ from the one template, scripts/templates/city-package/, derived from the city
// packages (a test renders it for each of them and compares).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { City } from '@shuangjian/schema';
import { REPO_ROOT } from '../paths.ts';

export const TEMPLATE_DIR = join(REPO_ROOT, 'scripts', 'templates', 'city-package');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** The template's placeholders and what each becomes. */
export function placeholders(city: Pick<City, 'slug' | 'name'>): Record<string, string> {
  return { slug: city.slug, 'name.zh': city.name.zh, 'name.en': city.name.en };
}

/** Fill {{…}} placeholders; in JSON files the values are escaped as JSON string content. */
export function fillTemplate(text: string, values: Record<string, string>, json: boolean): string {
  return text.replace(/\{\{([\w.]+)\}\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`unknown template placeholder ${whole}`);
    return json ? JSON.stringify(value).slice(1, -1) : value;
  });
}

/** Package-relative path -> text of every file of a new city package. */
export function cityPackageFiles(city: Pick<City, 'slug' | 'name'>): Map<string, string> {
  const values = placeholders(city);
  return new Map(
    walk(TEMPLATE_DIR).map((abs) => {
      const path = relative(TEMPLATE_DIR, abs).split('\\').join('/');
      return [path, fillTemplate(readFileSync(abs, 'utf8'), values, path.endsWith('.json'))];
    }),
  );
}
