// Runs the validation rules (rules/index.ts) over one city's figures and exclusions.
import type { ExclusionAnnotation, FigureAnnotation } from '@shuangjian/schema';
import type { Located } from './check-schema.ts';
import type { ResolvedSource } from './check-sources.ts';
import type { ValidationIssue } from './issues.ts';
import { exclusionContext, figureContext, isSourced, type CitySources } from './rules/context.ts';
import { RULES } from './rules/index.ts';
import type { Catalogue, CityContext, FigureContext, Finding, Rule } from './rules/rule.ts';

/** A figure located in its source, with the code-point span of its raw number there. */
export interface CheckedFigure {
  figure: FigureAnnotation;
  rawStart: number;
  rawEnd: number;
  /** False when a rule failed for the figure: the span still counts for numeral coverage. */
  ok: boolean;
}

/** A city's sources and the indicator catalogue, and where to report. */
export interface RulesInput extends CitySources {
  catalogue: Catalogue;
  issues: ValidationIssue[];
}

/**
 * Check each figure and exclusion of a city with every rule; returns every figure located in its
 * source (for numeral coverage), with `ok` false where any rule failed for it.
 */
export function checkRules(
  figures: Located<FigureAnnotation>[],
  exclusions: Located<ExclusionAnnotation>[],
  input: RulesInput,
  rules: readonly Rule[] = RULES,
): CheckedFigure[] {
  const contexts = figures.map(({ value }) => figureContext(value, input, input.catalogue));
  const where = new Map(contexts.map((f, i) => [f, figures[i]!]));
  const city: CityContext = {
    city: input.city,
    figures: contexts,
    exclusions: exclusions.map(({ value }) => exclusionContext(value, input)),
  };
  const failed = new Set<FigureContext>();
  const onFigure = (rule: string, f: FigureContext, finding: Finding) => {
    failed.add(f);
    input.issues.push(
      toIssue(rule, where.get(f)!, finding, f.source, `${input.city}/${f.figure.id}`),
    );
  };
  for (const rule of rules) {
    for (const f of contexts) {
      for (const finding of rule.check?.(f) ?? []) onFigure(rule.id, f, finding);
      if (rule.checkInSource && isSourced(f))
        for (const finding of rule.checkInSource(f)) onFigure(rule.id, f, finding);
    }
    city.exclusions.forEach((e, i) => {
      for (const finding of rule.checkExclusion?.(e) ?? [])
        input.issues.push(toIssue(rule.id, exclusions[i]!, finding, e.source));
    });
    for (const { figure, ...finding } of rule.checkCity?.(city) ?? [])
      onFigure(rule.id, figure, finding);
  }
  return contexts.flatMap((f) => {
    if (!isSourced(f) || !f.quote.span || f.unitIndex < 0) return [];
    const { quote, raw } = f.figure;
    const rawStart = f.quote.span.start + Array.from(quote.text.slice(0, f.unitIndex)).length;
    return [
      { figure: f.figure, rawStart, rawEnd: rawStart + Array.from(raw).length, ok: !failed.has(f) },
    ];
  });
}

function toIssue(
  rule: string,
  { yaml, path }: Located<unknown>,
  { message, field = [], offset }: Finding,
  source: ResolvedSource | undefined,
  figure?: string,
): ValidationIssue {
  return {
    file: yaml.file,
    rule,
    ...(figure === undefined ? {} : { figure }),
    message,
    at: yaml.positionOf([...path, ...field]),
    ...(source && offset !== undefined
      ? { source: { file: source.textFile, at: source.text.position(offset) } }
      : {}),
  };
}
