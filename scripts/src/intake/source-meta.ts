// The metadata of a new source (data/sources/<city>/<id>.yaml) from the flags, what the file says
// about itself, and its text. Unknown words become TODO placeholders, which validate reports until
// they are written; an address or a date cannot be a placeholder, so it must be given or found.
import {
  IsoDateSchema,
  PublicationSchema,
  SourceSchema,
  type Section,
  type Source,
} from '@shuangjian/schema';
import { stringify } from 'yaml';
import type { ValidationIssue } from '../validate/issues.ts';
import { sha256 } from '../validate/check-sources.ts';
import { EXTENSION, type SourceFile } from './read-source.ts';

/** The source metadata flags of both commands. */
export const SOURCE_FLAGS = [
  'title-zh',
  'title-en',
  'author-zh',
  'author-en',
  'publisher',
  'url',
  'published',
] as const;
export type SourceFlags = Partial<Record<(typeof SOURCE_FLAGS)[number], string>>;

/** Where in the metadata each flag goes, to name the flag when its value is refused. */
const FLAG_OF: Record<string, string> = {
  'title.zh': '--title-zh',
  'title.en': '--title-en',
  'author.zh': '--author-zh',
  'author.en': '--author-en',
  'republication.publisher': '--publisher',
  'republication.url': '--url',
  'republication.date': '--published',
};

const MAX_TITLE = 100;

/** `<slug>-<date>`, or with -2, -3 … when a source has that id already (ids are global). */
export function sourceId(slug: string, date: string, taken: ReadonlySet<string>): string {
  const base = `${slug}-${date}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The first line of the text, as a title: trimmed, when it is short enough to be one. */
function firstLine(text: string): string | undefined {
  const line = text
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.trim();
  return line && Array.from(line).length <= MAX_TITLE ? line : undefined;
}

export interface SourceMetaInput {
  slug: string;
  file: SourceFile;
  /** The file as the user named it, for messages. */
  fileName: string;
  flags: SourceFlags;
  sections: Section[];
  takenIds: ReadonlySet<string>;
}

/** The source's metadata (valid against SourceSchema), or undefined with issues naming the flags. */
export function sourceMeta(input: SourceMetaInput, issues: ValidationIssue[]): Source | undefined {
  const { slug, file, flags, fileName } = input;
  const before = issues.length;
  const flagIssue = (flag: string, rule: string, message: string) =>
    issues.push({ file: flag, rule, message });

  const titleZh = flags['title-zh'] ?? file.hints.title ?? firstLine(file.text);
  if (!titleZh)
    flagIssue(
      '--title-zh',
      'flag-missing',
      `the report's title is required, and ${fileName} has no page title and no first line of at most ${MAX_TITLE} characters to take it from`,
    );
  const url = flags.url ?? file.hints.url;
  if (!url)
    flagIssue(
      '--url',
      'flag-missing',
      `the address of the published report (republication.url) is required, and ${fileName} does not give it (as a saved page's canonical link would); pass --url <https://…>`,
    );
  else if (!PublicationSchema.shape.url.safeParse(url).success)
    flagIssue('--url', 'flag-invalid', `"${url}" is not an http(s) address`);
  const date = flags.published ?? file.hints.published;
  if (!date)
    flagIssue(
      '--published',
      'flag-missing',
      `the publication date (republication.date) is required, and ${fileName} does not give it (as a saved page's article:published_time or PubDate would); pass --published YYYY-MM-DD`,
    );
  else if (!IsoDateSchema.safeParse(date).success)
    flagIssue('--published', 'flag-invalid', `"${date}" is not a date written YYYY-MM-DD`);
  if (issues.length > before || !titleZh || !url || !date) return undefined;

  const id = sourceId(slug, date, input.takenIds);
  const source: Source = {
    id,
    city: slug,
    title: { zh: titleZh, en: flags['title-en'] ?? 'TODO: English title' },
    author: {
      zh: flags['author-zh'] ?? 'TODO: 作者(发布机关)',
      en: flags['author-en'] ?? 'TODO: author (the issuing office)',
    },
    language: 'zh',
    republication: {
      publisher:
        flags.publisher ?? file.hints.publisher ?? new URL(url).hostname.replace(/^www\./, ''),
      url,
      date,
    },
    original: {
      file: `data/sources/${slug}/${id}.original.${EXTENSION[file.mediaType]}`,
      media_type: file.mediaType,
      encoding: file.encoding,
      sha256: sha256(file.bytes),
    },
    sha256: sha256(new TextEncoder().encode(file.text)),
    sections: input.sections,
    notes: [],
  };
  const parsed = SourceSchema.safeParse(source);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      // Made from the slug, whose own check reports it.
      if (path === 'id' || path === 'city') continue;
      issues.push({
        file: FLAG_OF[path] ?? fileName,
        rule: 'flag-invalid',
        message: `${path}: ${issue.message}`,
      });
    }
    return undefined;
  }
  return source;
}

/** The metadata file's text (formatted later with the repository's Prettier settings). */
export function sourceYaml(source: Source): string {
  return stringify(source, { lineWidth: 0, singleQuote: true });
}
