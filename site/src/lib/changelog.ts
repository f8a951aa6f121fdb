import { readPackageFile } from './package-files';

/** One released version of one package, as its CHANGELOG.md tells it. */
export interface Release {
  packageName: string;
  version: string;
  /** Change entries (markdown text), without the "Updated dependencies" bookkeeping. */
  changes: string[];
}

/** Parse a changesets CHANGELOG.md: "## <version>" headings, "- " entries with indented continuations. */
export function parseChangelog(packageName: string, markdown: string): Release[] {
  const releases: Release[] = [];
  let current: Release | undefined;
  let entry: string[] | undefined;
  const flush = () => {
    if (current && entry) {
      const text = entry.join('\n').trim();
      if (text && !text.startsWith('Updated dependencies')) current.changes.push(text);
    }
    entry = undefined;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const version = /^## (\d+\.\d+\.\d+\S*)\s*$/.exec(line);
    if (version) {
      flush();
      current = { packageName, version: version[1]!, changes: [] };
      releases.push(current);
    } else if (/^- /.test(line)) {
      flush();
      entry = [line.slice(2)];
    } else if (entry && /^\s{2,}\S/.test(line) && !/^\s+- /.test(line)) {
      entry.push(line.trim());
    } else if (/^\S/.test(line) || /^\s+- /.test(line)) {
      flush();
    }
  }
  flush();
  return releases;
}

/** Every release of the published packages, newest first within each package. */
export function readChangelogs(packageNames: readonly string[]): Release[] {
  return packageNames.flatMap((name) =>
    parseChangelog(name, readPackageFile(name, 'CHANGELOG.md').toString('utf8')),
  );
}

/**
 * The part of a change entry in one language. Entries are written as a Chinese line followed by an
 * English line (CONTRIBUTING.md); an entry of one line is shown in both languages.
 */
export function localizedEntry(text: string, lang: 'zh' | 'en'): string {
  const [first, ...rest] = text.split('\n');
  if (rest.length === 0 || !/[\u4e00-\u9fff]/.test(first!)) return text;
  return lang === 'zh' ? first! : rest.join(' ');
}
