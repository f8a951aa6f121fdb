// data/cities/<slug>.yaml: written whole for a new city, or extended for a new source by
// splicing the drafts into its text, so that everything already in the file stays as it was.
import type { City } from '@shuangjian/schema';
import { stringify } from 'yaml';
import type { DraftYaml } from './drafts.ts';
import { appendToLists, listText } from './yaml-append.ts';

/** The annotation file of a new city: its city block, then the drafted exclusions and figures. */
export function cityFileText(city: City, drafts: DraftYaml): string {
  const head = stringify({ city }, { lineWidth: 0, singleQuote: true });
  return `${head}\n${listText('exclusions', drafts.exclusions)}\n${listText('figures', drafts.figures)}`;
}

/** `text` (a city file) with the drafts appended to its exclusions and figures (see appendToLists). */
export function appendDrafts(text: string, drafts: DraftYaml): string {
  return appendToLists(text, { exclusions: drafts.exclusions, figures: drafts.figures });
}
