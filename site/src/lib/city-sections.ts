// Anchors of the report parts on a city page. A city's first report keeps section-<n> (the anchors
// the page had before the city had more reports); each later report's parts are
// section-<source-id>-<n>, so that every part of every report has an id of its own.
import type { Source } from '@shuangjian/schema';

/** The id of part `number` of `source` on the page of a city with these sources (oldest first). */
export function sectionAnchor(
  sources: readonly Pick<Source, 'id'>[],
  source: string,
  number: number,
): string {
  return sources[0]?.id === source ? `section-${number}` : `section-${source}-${number}`;
}
