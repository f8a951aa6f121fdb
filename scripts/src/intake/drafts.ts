// The drafter adapter: what the intake asks of the annotation drafter (scripts/src/draft/), and a
// placeholder that drafts nothing until it is plugged in.
import type { Indicator, Section } from '@shuangjian/schema';

/** What the drafter reads: one new source. */
export interface DraftRequest {
  sourceId: string;
  /** The source text exactly as stored in <id>.zh.txt. */
  text: string;
  sections: Section[];
  /** The indicator catalogue (data/indicators.yaml). */
  indicators: Indicator[];
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

/**
 * TODO(integrator): replace with the real drafter once scripts/src/draft/ lands:
 *
 *   import { draftAnnotations } from '../draft/draft.ts';
 *   import { figuresToYaml, exclusionsToYaml } from '../draft/to-yaml.ts';
 *   export const draft: Drafter = (request) => {
 *     const { figures, exclusions, newUnits } = draftAnnotations(request);
 *     return { figures: figuresToYaml(figures), exclusions: exclusionsToYaml(exclusions), newUnits };
 *   };
 *
 * (with the names to-yaml.ts really exports). Until then no figure or exclusion is drafted, and
 * `pnpm validate` lists every numeral of the new source as uncovered.
 */
export const placeholderDrafter: Drafter = () => ({ figures: '', exclusions: '', newUnits: [] });

/** The drafter the intake uses. */
export const draft: Drafter = placeholderDrafter;
