import type { Exclusion, FigureAnnotation, Indicator, Unit } from '@shuangjian/schema';

/** A section of a source: section `number` starts at `marker`, which occurs once in the text. */
export interface DraftSection {
  number: number;
  marker: string;
}

export interface DraftInput {
  sourceId: string;
  /** The byte-exact source text. */
  text: string;
  /** Text before the first marker is section 0 when no section 0 is given. */
  sections: DraftSection[];
  /** The indicator catalogue (data/indicators.yaml). */
  indicators: Indicator[];
}

/** What every draft carries: it awaits review, and says why each guess was made. */
export interface DraftMarks {
  review: 'draft';
  why: string[];
}

/**
 * A drafted figure: a FigureAnnotation awaiting review. Its unit is one of UNITS, or a proposed
 * new unit slug (listed in `newUnits`) when the measure word is not one the schema knows, or
 * 'unknown' when no measure word follows the number.
 */
export type DraftFigure = Omit<FigureAnnotation, 'unit'> & {
  unit: Unit | ProposedUnit;
} & DraftMarks;

/** A unit slug that is not (yet) in UNITS. */
export type ProposedUnit = string & { readonly proposed?: true };

/** A drafted exclusion: an Exclusion awaiting review. */
export type DraftExclusion = Exclusion & DraftMarks;

/** A measure word the schema has no unit for, with the unit slug proposed for it. */
export interface NewUnit {
  measureWord: string;
  proposedUnit: string;
  /** How many draft figures are counted with it. */
  occurrences: number;
}

export interface DraftOutput {
  figures: DraftFigure[];
  exclusions: DraftExclusion[];
  newUnits: NewUnit[];
}
