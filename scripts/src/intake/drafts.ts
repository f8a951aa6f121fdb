// The drafter adapter: what the intake asks of the annotation drafter (scripts/src/draft/), in the
// shape the intake writes into data/cities/<city>.yaml.
import type { Indicator, Section } from '@shuangjian/schema';
import { draftAnnotations } from '../draft/draft.ts';
import { exclusionsToYaml, figuresToYaml } from '../draft/to-yaml.ts';

/** What the drafter reads: one new source. */
export interface DraftRequest {
  sourceId: string;
  /** The source text exactly as stored in <id>.zh.txt. */
  text: string;
  sections: Section[];
  /** The indicator catalogue (data/indicators.yaml). */
  indicators: Indicator[];
  /** Figure ids the city has already (a later report's drafts are appended next to them). */
  takenFigureIds?: ReadonlySet<string>;
}

/** What the intake writes into data/cities/<city>.yaml, already rendered as YAML. */
export interface DraftYaml {
  /**
   * The draft figures as a YAML block sequence at column 0 ("- id: …\n  source: …\n"), as
   * `draft/to-yaml.ts` renders them; '' for none. The intake indents it under `figures:`.
   */
  figures: string;
  /** The draft exclusions, likewise; '' for none. */
  exclusions: string;
  /** Measure words the drafter met that no unit has (reported to the user, never written). */
  newUnits: string[];
}

export type Drafter = (request: DraftRequest) => DraftYaml | Promise<DraftYaml>;

/** Lines of a YAML block indented under its key ("  - id: …"), moved to column 0. */
function dedent(yaml: string): string {
  return yaml.replace(/^ {2}/gmu, '');
}

/**
 * Give each draft figure whose id the city has already a new one: the id with the source's year
 * ("grid-workers-2024"), or a number after it, rewriting the drafts' formulas that name it.
 */
export function renameTaken(
  figures: { id: string; formula: string | null }[],
  taken: ReadonlySet<string>,
  sourceId: string,
): void {
  const used = new Set([...taken, ...figures.map((f) => f.id)]);
  const year = /-(\d{4})-\d{2}-\d{2}$/u.exec(sourceId)?.[1];
  const renamed = new Map<string, string>();
  for (const f of figures) {
    if (!taken.has(f.id)) continue;
    let id = year ? `${f.id}-${year}` : `${f.id}-2`;
    for (let n = 2; used.has(id); n++) id = `${f.id}-${year ? `${year}-` : ''}${n}`;
    used.add(id);
    renamed.set(f.id, id);
    f.id = id;
  }
  if (renamed.size === 0) return;
  for (const f of figures)
    if (f.formula)
      f.formula = f.formula.replace(/[a-z0-9]+(?:-[a-z0-9]+)*/gu, (ref) => renamed.get(ref) ?? ref);
}

/**
 * The annotation drafter (scripts/src/draft/): a draft figure or exclusion for every numeral of
 * the source, each marked `review: draft` with its reasons, rendered as the city files have them.
 */
export const draft: Drafter = (request) => {
  const { figures, exclusions, newUnits } = draftAnnotations(request);
  renameTaken(figures, request.takenFigureIds ?? new Set(), request.sourceId);
  return {
    figures: dedent(figuresToYaml(figures)),
    exclusions: dedent(exclusionsToYaml(exclusions)),
    newUnits: newUnits.map(
      (u) => `${u.measureWord} (proposed unit "${u.proposedUnit}", ${u.occurrences}×)`,
    ),
  };
};
