// Read and write a city file through the yaml package's Document API (comments and key order kept),
// writing atomically: a temp file beside it, then a rename.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseDocument, type Document, type ScalarTag, type Tags } from 'yaml';

// Characters a double-quoted scalar of ours spells as escapes (e.g. "\u00a0" in a quote), which the
// yaml package would write out literally: invisible, or looking like a plain space.
const INVISIBLE = /[\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/gu;

/** The string tag, but keeping invisible characters escaped in double-quoted strings. */
function withEscapedStrings(tags: Tags): Tags {
  return tags.map((tag) => {
    const t = tag as ScalarTag;
    if (t.tag !== 'tag:yaml.org,2002:str' || !t.stringify) return tag;
    const stringify = t.stringify.bind(t);
    return {
      ...t,
      stringify: (...args: Parameters<typeof stringify>) => {
        const out = stringify(...args);
        return out.startsWith('"')
          ? out.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
          : out;
      },
    };
  });
}

export function readDocument(file: string): Document {
  return parseDocument(readFileSync(file, 'utf8'), { customTags: withEscapedStrings });
}

/** The document as text, formatted as the files are (no line folding). */
export function documentText(doc: Document): string {
  return doc.toString({ lineWidth: 0 });
}

/** Write the document to `file` so that a reader never sees half a file. */
export function writeDocument(file: string, doc: Document): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(temp, documentText(doc));
  renameSync(temp, file);
}
