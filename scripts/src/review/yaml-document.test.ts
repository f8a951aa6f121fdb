import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths.ts';
import { documentText, readDocument, writeDocument } from './yaml-document.ts';

const cities = readdirSync(join(REPO_ROOT, 'data', 'cities'));

describe('city files through the Document API', () => {
  it.each(cities)('%s reads and writes back byte for byte', (name) => {
    const file = join(REPO_ROOT, 'data', 'cities', name);
    expect(documentText(readDocument(file))).toBe(readFileSync(file, 'utf8'));
  });

  it('writes invisible characters of double-quoted strings as escapes, and leaves no temp file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-yaml-'));
    try {
      const file = join(dir, 'city.yaml');
      writeFileSync(file, '# kept\na: "x\\u00a0y\\u200bz" # kept too\nb: plain\n');
      const doc = readDocument(file);
      doc.set('b', 'changed');
      writeDocument(file, doc);
      expect(readFileSync(file, 'utf8')).toBe(
        '# kept\na: "x\\u00a0y\\u200bz" # kept too\nb: changed\n',
      );
      expect(readdirSync(dir)).toEqual(['city.yaml']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
