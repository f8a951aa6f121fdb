/** A parsed rate formula over figure ids, e.g. "(a - b) / a". Minus needs spaces (ids contain hyphens). */
export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'ref'; id: string }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr };

const TOKEN = /\s*(?:([0-9]+(?:\.[0-9]+)?)|([a-z0-9]+(?:-[a-z0-9]+)*)|([-+*/()]))/y;

/** Parse a formula; throws an Error with a readable message when it is malformed. */
export function parseFormula(text: string): Expr {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`unexpected character at ${at + 1} in "${text}"`);
    tokens.push(m[0].trim());
  }
  let i = 0;
  const peek = () => tokens[i];
  const primary = (): Expr => {
    const t = tokens[i++];
    if (t === undefined) throw new Error(`"${text}" ends too early`);
    if (t === '(') {
      const e = sum();
      if (tokens[i++] !== ')') throw new Error(`missing ")" in "${text}"`);
      return e;
    }
    if (/^[0-9]/.test(t) && !/[a-z-]/.test(t)) return { kind: 'number', value: Number(t) };
    if (/^[a-z0-9]/.test(t)) return { kind: 'ref', id: t };
    throw new Error(`unexpected "${t}" in "${text}"`);
  };
  const product = (): Expr => {
    let left = primary();
    while (peek() === '*' || peek() === '/')
      left = { kind: 'binary', op: tokens[i++] as '*' | '/', left, right: primary() };
    return left;
  };
  const sum = (): Expr => {
    let left = product();
    while (peek() === '+' || peek() === '-')
      left = { kind: 'binary', op: tokens[i++] as '+' | '-', left, right: product() };
    return left;
  };
  const expr = sum();
  if (i !== tokens.length) throw new Error(`unexpected "${tokens[i]}" in "${text}"`);
  return expr;
}

/** Ids a formula refers to, in order of appearance. */
export function formulaRefs(expr: Expr): string[] {
  if (expr.kind === 'ref') return [expr.id];
  if (expr.kind === 'binary') return [...formulaRefs(expr.left), ...formulaRefs(expr.right)];
  return [];
}

/** Evaluate with figure values; `lookup` returns undefined for an unknown id (then NaN). */
export function evaluateFormula(expr: Expr, lookup: (id: string) => number | undefined): number {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'ref':
      return lookup(expr.id) ?? Number.NaN;
    case 'binary': {
      const a = evaluateFormula(expr.left, lookup);
      const b = evaluateFormula(expr.right, lookup);
      return expr.op === '+' ? a + b : expr.op === '-' ? a - b : expr.op === '*' ? a * b : a / b;
    }
  }
}
