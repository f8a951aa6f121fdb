// Reads the SVG of an exported image into what glyph-painter.ts needs to draw it without resvg's
// text layout: the drawing without its text (for resvg) and each <text> as runs of one colour and
// weight. It recognises the SVG that og-frame.ts and frame.ts write and nothing more: anything
// else (text inside a nested chart, a transform, a style it cannot resolve, a space that SVG's
// white-space rules would change) is returned as a reason, and the image is drawn by resvg whole.
import { Parser } from 'htmlparser2';

/** A stretch of one <text> in one colour and weight; x and y where it starts a new position. */
export interface Run {
  text: string;
  fill: number;
  weight: 400 | 700;
  x?: number;
  y?: number;
}

export interface TextElement {
  size: number;
  anchor: 'start' | 'middle' | 'end';
  x: number;
  y: number;
  runs: Run[];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A shape drawn after some of the text: it must not cover that text (glyph-painter.ts checks). */
export interface LaterShape {
  name: string;
  box: Box;
  /** How many of the texts come before it. */
  after: number;
}

export interface Drawing {
  width: number;
  height: number;
  /** The SVG without its <text>, <title> and <desc>: what resvg draws under the text. */
  background: string;
  texts: TextElement[];
  later: LaterShape[];
}

export type Reading = { drawing: Drawing } | { reason: string };

/** The one font family the painter has; the root's font-family must name it first (or none). */
const FAMILY = /^'Noto Sans SC'(,|$)/;

const ROOT_ATTRS = new Set([
  'xmlns',
  'width',
  'height',
  'viewBox',
  'role',
  'aria-labelledby',
  'aria-label',
  'lang',
  'font-family',
]);
const TEXT_ATTRS = new Set(['class', 'x', 'y', 'font-size', 'font-weight', 'text-anchor', 'lang']);
const TSPAN_ATTRS = new Set(['class', 'x', 'y', 'font-weight', 'lang']);
const LATER_ATTRS: Record<string, Set<string>> = {
  rect: new Set(['class', 'x', 'y', 'width', 'height', 'rx', 'ry']),
  line: new Set(['class', 'x1', 'x2', 'y1', 'y2']),
};

/** A plain number ("12", "-3.5"), not a list or a length with a unit. */
function number(value: string | undefined, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(value) ? Number(value) : undefined;
}

const WEIGHTS: Record<string, 400 | 700> = { '400': 400, normal: 400, '700': 700, bold: 700 };

/** Text SVG's default white-space handling would change (collapse, trim or drop): not drawn here. */
const UNSAFE_SPACE = /^ | $| {2}|[\t\n\r]/;

/**
 * The declarations of each plain class rule (`.name{...}`) of a stylesheet, or a reason: any
 * other selector that could reach a top-level <text> (a type, `*`, an id, a compound) is refused;
 * descendant selectors are kept out, as the root, the only ancestor of such a text, has no class.
 */
export function classRules(css: string): Map<string, Map<string, string>> | string {
  const rules = new Map<string, Map<string, string>>();
  const body = css.trim();
  if (/\/\*|@|\\/.test(body)) return 'the stylesheet has comments, at-rules or escapes';
  for (const rule of body.split('}')) {
    if (!rule.trim()) continue;
    const [selectors, decls, more] = rule.split('{');
    if (selectors === undefined || decls === undefined || more !== undefined)
      return `unreadable style rule "${rule.trim()}"`;
    const declarations = new Map<string, string>();
    for (const d of decls.split(';')) {
      if (!d.trim()) continue;
      const colon = d.indexOf(':');
      if (colon < 0) return `unreadable declaration "${d.trim()}"`;
      declarations.set(d.slice(0, colon).trim(), d.slice(colon + 1).trim());
    }
    for (const selector of selectors.split(',').map((s) => s.trim())) {
      if (/\s/.test(selector)) continue; // descendant: never a top-level text (see above)
      const name = /^\.([\w-]+)$/.exec(selector)?.[1];
      if (!name) return `the style rule "${selector}" could reach a text`;
      if (rules.has(name)) return `two style rules for .${name}`;
      rules.set(name, declarations);
    }
  }
  return rules;
}

/** The fill of a text's class: a rule of exactly `fill:#rrggbb`; no class is black. */
function fillOf(
  className: string | undefined,
  rules: Map<string, Map<string, string>>,
): number | string {
  if (className === undefined) return 0x000000;
  if (/\s/.test(className)) return `several classes "${className}" on a text`;
  const decls = rules.get(className);
  const fill = decls?.get('fill');
  if (!decls || decls.size !== 1 || !fill || !/^#[0-9a-f]{6}$/i.test(fill))
    return `the class .${className} of a text is not a plain fill`;
  return Number.parseInt(fill.slice(1), 16);
}

/** The box a rect or line after some text may paint, stroke and anti-aliasing included. */
function shapeBox(
  name: string,
  a: Record<string, string>,
  rules: Map<string, Map<string, string>>,
): Box | string {
  const stroke = rules.get(a.class ?? '')?.get('stroke-width') ?? '1';
  const margin = (number(stroke) ?? Number.NaN) / 2 + 1;
  const n = (k: string, fallback?: number) => number(a[k], fallback);
  const box =
    name === 'rect'
      ? {
          x0: n('x', 0)!,
          y0: n('y', 0)!,
          x1: n('x', 0)! + n('width')!,
          y1: n('y', 0)! + n('height')!,
        }
      : {
          x0: Math.min(n('x1', 0)!, n('x2', 0)!),
          y0: Math.min(n('y1', 0)!, n('y2', 0)!),
          x1: Math.max(n('x1', 0)!, n('x2', 0)!),
          y1: Math.max(n('y1', 0)!, n('y2', 0)!),
        };
  const grown = {
    x0: box.x0 - margin,
    y0: box.y0 - margin,
    x1: box.x1 + margin,
    y1: box.y1 + margin,
  };
  return Object.values(grown).every(Number.isFinite) ? grown : `a ${name} of unreadable geometry`;
}

interface RawRun {
  text: string;
  /** The text's own words (not a tspan's): more of them join it. */
  own?: boolean;
  className?: string;
  weight: 400 | 700;
  x?: number;
  y?: number;
}

/** Read an image's SVG for glyph-painter.ts, or say why it must be drawn by resvg whole. */
export function readSvg(svg: string): Reading {
  const problems: string[] = [];
  const fail = (reason: string) => problems.push(reason);
  const cut: [number, number][] = [];
  const texts: (Omit<TextElement, 'runs'> & { className?: string; runs: RawRun[] })[] = [];
  const later: (LaterShape & { attrs: Record<string, string> })[] = [];
  let width = 0;
  let height = 0;
  let css = '';
  let depth = 0;
  let text: (typeof texts)[number] | undefined;
  let tspan: RawRun | undefined;
  let cutFrom = -1; // start of a <title>, <desc> or <text> being cut out
  let inStyle = false;
  const parser = new Parser(
    {
      onopentag(name, a) {
        depth++;
        if (depth === 1) {
          if (name !== 'svg') return fail(`the root is <${name}>`);
          for (const k of Object.keys(a)) if (!ROOT_ATTRS.has(k)) fail(`the root has ${k}`);
          width = number(a.width) ?? Number.NaN;
          height = number(a.height) ?? Number.NaN;
          if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0)
            fail('the root has no whole width and height');
          if (a.viewBox !== undefined && a.viewBox !== `0 0 ${a.width} ${a.height}`)
            fail('the viewBox scales the image');
          if (a['font-family'] !== undefined && !FAMILY.test(a['font-family']))
            fail('the font family is not Noto Sans SC');
          return;
        }
        if (text) {
          if (depth !== 3 || name !== 'tspan') return fail(`<${name}> inside a text`);
          for (const k of Object.keys(a)) if (!TSPAN_ATTRS.has(k)) fail(`a tspan has ${k}`);
          const weight = a['font-weight'] === undefined ? undefined : WEIGHTS[a['font-weight']];
          if (a['font-weight'] !== undefined && !weight) fail(`font-weight ${a['font-weight']}`);
          tspan = {
            text: '',
            className: a.class ?? text.className,
            weight: weight ?? text.runs[0]?.weight ?? 400,
            x: number(a.x),
            y: number(a.y),
          };
          if (
            (a.x !== undefined && tspan.x === undefined) ||
            (a.y !== undefined && tspan.y === undefined)
          )
            fail('a tspan position is not one number');
          return;
        }
        if (depth === 2 && (name === 'title' || name === 'desc')) cutFrom = parser.startIndex;
        if (depth === 2 && name === 'style') inStyle = true;
        if (name === 'text') {
          if (depth !== 2) return fail('a text inside another element');
          for (const k of Object.keys(a)) if (!TEXT_ATTRS.has(k)) fail(`a text has ${k}`);
          const anchor = a['text-anchor'] ?? 'start';
          if (anchor !== 'start' && anchor !== 'middle' && anchor !== 'end')
            fail(`text-anchor ${anchor}`);
          const weight = WEIGHTS[a['font-weight'] ?? '400'];
          if (!weight) fail(`font-weight ${a['font-weight']}`);
          const [x, y, size] = [number(a.x, 0), number(a.y, 0), number(a['font-size'])];
          if (x === undefined || y === undefined) fail('a text position is not one number');
          if (!size || size <= 0) fail('a text without a font size in pixels');
          cutFrom = parser.startIndex;
          text = {
            size: size ?? 0,
            anchor: anchor as TextElement['anchor'],
            x: x ?? 0,
            y: y ?? 0,
            className: a.class,
            runs: [{ text: '', own: true, className: a.class, weight: weight ?? 400 }],
          };
          return;
        }
        if (texts.length > 0 && depth === 2) {
          const allowed = LATER_ATTRS[name];
          if (!allowed) return fail(`a <${name}> after a text`);
          for (const k of Object.keys(a))
            if (!allowed.has(k)) fail(`a ${name} after a text has ${k}`);
          later.push({ name, attrs: a, box: { x0: 0, y0: 0, x1: 0, y1: 0 }, after: texts.length });
        } else if (texts.length > 0) {
          fail(`a <${name}> inside an element after a text`);
        }
      },
      ontext(data) {
        if (inStyle) css += data;
        else if (tspan) tspan.text += data;
        else if (text) {
          const last = text.runs.at(-1)!;
          // Words after a </tspan> are a new run in the text's own style, where the pen is.
          if (last.own) last.text += data;
          else
            text.runs.push({
              text: data,
              own: true,
              className: text.className,
              weight: text.runs[0]!.weight,
            });
        }
      },
      onclosetag(name) {
        depth--;
        if (name === 'style') inStyle = false;
        if (tspan && name === 'tspan') {
          text!.runs.push(tspan);
          tspan = undefined;
        } else if (text && name === 'text' && depth === 1) {
          cut.push([cutFrom, parser.endIndex + 1]);
          texts.push(text);
          text = undefined;
        } else if (depth === 1 && (name === 'title' || name === 'desc')) {
          cut.push([cutFrom, parser.endIndex + 1]);
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(svg);
  const rules = classRules(css);
  if (typeof rules === 'string') fail(rules);
  const drawn: TextElement[] = [];
  for (const t of texts) {
    const runs: Run[] = [];
    for (const r of t.runs) {
      if (r.text === '' && r.x === undefined && r.y === undefined) continue;
      if (UNSAFE_SPACE.test(r.text)) fail(`white space SVG would change in "${r.text}"`);
      const fill = typeof rules === 'string' ? 0 : fillOf(r.className, rules);
      if (typeof fill === 'string') fail(fill);
      else runs.push({ text: r.text, fill, weight: r.weight, x: r.x, y: r.y });
    }
    drawn.push({ size: t.size, anchor: t.anchor, x: t.x, y: t.y, runs });
  }
  for (const shape of later) {
    const box = typeof rules === 'string' ? 'no styles' : shapeBox(shape.name, shape.attrs, rules);
    if (typeof box === 'string') fail(box);
    else shape.box = box;
  }
  if (problems.length > 0) return { reason: problems.join('; ') };
  let background = '';
  let from = 0;
  for (const [start, end] of cut) {
    background += svg.slice(from, start);
    from = end;
  }
  background += svg.slice(from);
  return {
    drawing: {
      width,
      height,
      background,
      texts: drawn,
      later: later.map(({ name, box, after }) => ({ name, box, after })),
    },
  };
}
