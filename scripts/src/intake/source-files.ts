// What both commands do with the report: read it, refuse a duplicate, find its sections, write
// its metadata, and ask the drafter for its figures and exclusions.
import { isAbsolute, resolve } from 'node:path';
import type { Source } from '@shuangjian/schema';
import type { ValidationIssue } from '../validate/issues.ts';
import { sha256 } from '../validate/check-sources.ts';
import { draft, type DraftYaml } from './drafts.ts';
import { readSource, type SourceFile } from './read-source.ts';
import type { RepoState } from './repo.ts';
import { detectSections } from './sections.ts';
import { sourceMeta, sourceYaml, type SourceFlags } from './source-meta.ts';

export interface NewSource {
  meta: Source;
  file: SourceFile;
  drafts: DraftYaml;
  /** Repository path -> text (YAML still to be formatted) or bytes, of the source's own files. */
  files: Map<string, string | Uint8Array>;
  /** Which marker family gave the sections ('一是', '一、', '（一）', '第一'), or null. */
  family: string | null;
}

/** Read `--source` and build everything a new source of `slug` needs; undefined with issues. */
export async function newSource(
  slug: string,
  source: string,
  flags: SourceFlags,
  repo: RepoState,
  cwd: string,
  issues: ValidationIssue[],
): Promise<NewSource | undefined> {
  const path = isAbsolute(source) ? source : resolve(cwd, source);
  const file = await readSource(path, source, issues);
  if (!file) return undefined;
  const before = issues.length;
  const hashes = [sha256(file.bytes), sha256(new TextEncoder().encode(file.text))];
  for (const existing of repo.sources) {
    if (existing.hashes.some((h) => hashes.includes(h)))
      issues.push({
        file: source,
        rule: 'source-duplicate',
        message: `is already the source ${existing.id} of ${existing.city} (${existing.file} records its sha256)`,
      });
  }
  const detected = detectSections(file.text);
  if (!detected.ok)
    issues.push({ file: source, rule: 'section-marker', message: detected.message });
  const meta = sourceMeta(
    {
      slug,
      file,
      fileName: source,
      flags,
      // Without sections nothing is written; a stand-in lets the other metadata be checked too.
      sections: detected.ok
        ? detected.sections
        : [{ number: 0, marker: '-', heading: { zh: '导语', en: 'Lead paragraph' } }],
      takenIds: new Set(repo.sources.map((s) => s.id)),
    },
    issues,
  );
  if (!meta || !detected.ok || issues.length > before) return undefined;
  const drafts = await draft({
    sourceId: meta.id,
    text: file.text,
    sections: meta.sections,
    indicators: repo.indicators,
    takenFigureIds: repo.figureIds.get(slug) ?? new Set(),
  });
  const dir = `data/sources/${slug}`;
  return {
    meta,
    file,
    drafts,
    family: detected.family,
    files: new Map<string, string | Uint8Array>([
      [`${dir}/${meta.id}.zh.txt`, new TextEncoder().encode(file.text)],
      [meta.original!.file, file.bytes],
      [`${dir}/${meta.id}.yaml`, sourceYaml(meta)],
    ]),
  };
}
