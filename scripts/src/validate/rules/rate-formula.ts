import { evaluateFormula, formulaRefs, parseFormula, type Expr } from '../formula.ts';
import type { CityFinding, FigureContext, Rule } from './rule.ts';

export const rateFormula: Rule = {
  id: 'rate-formula',
  description: 'a stated rate recomputes from its formula to the decimals written',
  checkCity({ figures }) {
    const values = new Map(figures.map(({ figure }) => [figure.id, figure.value]));
    return figures.flatMap((f) => {
      const message = formulaProblem(f, values);
      return message === undefined ? [] : [{ figure: f, message, field: ['formula'] }];
    }) satisfies CityFinding[];
  },
};

/** What is wrong with a figure's formula, if anything; `values` holds the city's figures. */
function formulaProblem(
  { figure: f, parsed }: FigureContext,
  values: Map<string, number>,
): string | undefined {
  if (f.formula === null) return undefined;
  let expr: Expr;
  try {
    expr = parseFormula(f.formula);
  } catch (error) {
    return `formula does not parse: ${(error as Error).message}`;
  }
  const unknown = formulaRefs(expr).filter((id) => !values.has(id) || id === f.id);
  if (unknown.length > 0)
    return `formula refers to ${unknown.map((id) => `"${id}"`).join(', ')}, not another figure of this city`;
  // A raw that does not read as a number is reported by value-parse.
  if ('error' in parsed) return undefined;
  const result = evaluateFormula(expr, (id) => values.get(id)) * (f.unit === 'percent' ? 100 : 1);
  const rounded = Number(result.toFixed(parsed.decimals));
  if (Number.isFinite(result) && rounded === f.value) return undefined;
  return `"${f.formula}" gives ${Number.isFinite(result) ? result.toFixed(parsed.decimals + 2) : result}, which rounds to ${rounded} at ${parsed.decimals} decimal(s), not the stated ${f.value}`;
}
