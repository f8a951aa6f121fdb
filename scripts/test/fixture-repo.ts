import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { REPO_ROOT } from '../src/paths.ts';

/** A throwaway copy of the repository's inputs: data/ and every package.json, nothing generated. */
export function copyRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'shuangjian-fixture-'));
  cpSync(join(REPO_ROOT, 'data'), join(root, 'data'), { recursive: true });
  for (const name of readdirSync(join(REPO_ROOT, 'packages'))) {
    mkdirSync(join(root, 'packages', name), { recursive: true });
    cpSync(
      join(REPO_ROOT, 'packages', name, 'package.json'),
      join(root, 'packages', name, 'package.json'),
    );
  }
  return root;
}

export function removeRepo(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Edit a YAML input through its document model (comments and order kept). */
export function editYaml(root: string, path: string, edit: (doc: Document) => void): void {
  const file = join(root, path);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

/** Index of the figure with this id in a city document. */
export function figureIndex(doc: Document, id: string): number {
  const figures = doc.toJS().figures as { id: string }[];
  const i = figures.findIndex((f) => f.id === id);
  if (i < 0) throw new Error(`no figure ${id}`);
  return i;
}

/** The annotated figures of a city as plain objects, read from the repository. */
export function realFigures(city: string): {
  id: string;
  raw: string;
  value: number;
  unit: string;
  unit_zh: string;
  indicator: string | null;
  formula: string | null;
  section: number;
  quote: { text: string; start: number };
}[] {
  return parseDocument(
    readFileSync(join(REPO_ROOT, 'data', 'cities', `${city}.yaml`), 'utf8'),
  ).toJS().figures;
}
