import type { ExclusionAnnotation } from '@shuangjian/schema';
import type { Located } from './check-schema.ts';
import type { ResolvedSource } from './check-sources.ts';
import type { CheckedFigure } from './check-rules.ts';
import type { ValidationIssue } from './issues.ts';
import { NUMERAL_CHAR, NUMERAL_PATTERN } from './numerals.ts';

/**
 * Prove that every numeral character in a source lies in a figure's raw number or in an exclusion,
 * that each exclusion occurs as often as it says, and that no exclusion hides a figure.
 */
export function checkCoverage(
  source: ResolvedSource,
  figures: CheckedFigure[],
  exclusions: Located<ExclusionAnnotation>[],
  cityFile: string,
  issues: ValidationIssue[],
): void {
  const covered = new Uint8Array(source.text.length);
  const figureSpans = figures.filter((f) => f.figure.source === source.meta.id);
  for (const { rawStart, rawEnd } of figureSpans) covered.fill(1, rawStart, rawEnd);
  for (const { value: ex, yaml, path } of exclusions) {
    if (ex.source !== source.meta.id) continue;
    const found = source.text.occurrences(ex.text);
    const at = yaml.positionOf(path);
    if (found.length !== ex.count) {
      issues.push({
        file: yaml.file,
        rule: 'exclusion-count',
        message: `"${ex.text}" occurs ${found.length} time(s) in ${source.textFile}, not ${ex.count}`,
        at,
      });
    }
    if (!NUMERAL_CHAR.test(ex.text)) {
      issues.push({
        file: yaml.file,
        rule: 'exclusion-numeral',
        message: `"${ex.text}" holds no numeral; it excludes nothing`,
        at,
      });
    }
    const width = Array.from(ex.text).length;
    for (const start of found) {
      const end = start + width;
      const hidden = figureSpans.find((f) => f.rawStart < end && start < f.rawEnd);
      if (hidden) {
        issues.push({
          file: yaml.file,
          rule: 'exclusion-overlap',
          message: `"${ex.text}" overlaps the raw number of figure ${hidden.figure.id}`,
          at,
          source: { file: source.textFile, at: source.text.position(start) },
        });
      }
      covered.fill(1, start, end);
    }
  }
  for (const token of source.text.numerals(NUMERAL_PATTERN)) {
    for (let i = token.start; i < token.end; i++) {
      if (covered[i]) continue;
      const context = source.text
        .slice(Math.max(0, token.start - 8), Math.min(source.text.length, token.end + 8))
        .replace(/\s+/g, ' ');
      issues.push({
        file: cityFile,
        rule: 'numeral-uncovered',
        message: `numeral "${token.text}" in "…${context}…" is neither a figure's raw number nor in an exclusion`,
        source: { file: source.textFile, at: source.text.position(i) },
      });
      break;
    }
  }
}
