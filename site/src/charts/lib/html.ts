// Charts as drawn on a page: HTML that reflows to the width of its column, its text set in CSS
// (charts.css) so that it keeps one size at every width (at least 14 px on a phone). The SVG of
// the same chart keeps its own fixed layout for the downloads and share images.
//
// The page's Content-Security-Policy allows no style attributes, so sizes that depend on the data
// are SVG attributes: a bar is an <svg> whose width attribute is a percentage of its track.
import { BAR_CLASS, TAIL, type BarSpec } from './bar-rows';
import { BAR_HEIGHT } from './metrics';
import { attrs, escapeXml, num } from './svg';

/**
 * A lower bound's open tail (fading blocks and an arrowhead), in a box TAIL × BAR_HEIGHT: drawn
 * after the bar on the charts and on the home page's summary, so a lower bound looks the same
 * everywhere.
 */
export function tailSvg(): string {
  const h = BAR_HEIGHT;
  const blocks = [0, 1, 2]
    .map(
      (i) =>
        `<rect${attrs({ class: `sj-bar-fade sj-bar-fade--${i + 1}`, x: 3 + i * 11, y: 0, width: 7, height: h })}/>`,
    )
    .join('');
  const tip = TAIL - 2;
  const d = `M${num(tip - 9)} 5L${num(tip)} ${num(h / 2)}L${num(tip - 9)} ${num(h - 5)}`;
  return (
    `<svg${attrs({ class: 'sj-bars-tail', viewBox: `0 0 ${TAIL} ${h}`, 'aria-hidden': 'true', focusable: 'false' })}>` +
    `${blocks}<path${attrs({ class: 'sj-bar-arrow', d })}/></svg>`
  );
}

/** A percentage for an SVG width attribute, at most 4 decimals. */
export function percent(share: number): string {
  return `${Math.round(Math.min(1, Math.max(0, share)) * 1e6) / 1e4}%`;
}

/**
 * Labelled bars in HTML: each row is its label, then its bar with the value after it. The bars
 * share a track whose width is the column less the widest value (a hidden copy of every value
 * sizes a second grid column), so a value always fits after its bar and lengths stay in proportion.
 */
export function barRowsHtml(
  specs: readonly BarSpec[],
  options: { notes?: readonly string[]; strongLabels?: boolean } = {},
): string {
  const max = Math.max(0, ...specs.map((s) => s.value ?? 0)) || 1;
  const label = options.strongLabels ? 'sj-bars-label sj-bars-label--strong' : 'sj-bars-label';
  const reserve = specs
    .map((s) => {
      const cls = s.kind === 'at_least' ? 'sj-bars-room sj-bars-room--tail' : 'sj-bars-room';
      return `<span class="${cls}">${escapeXml(s.valueLabel)}</span>`;
    })
    .join('');
  const rows = specs.map((s, i) => {
    const parts: string[] = [];
    if (s.value === null || s.kind === 'not_reported') {
      parts.push(
        `<span class="sj-bars-value sj-bars-value--not-reported">${escapeXml(s.valueLabel)}</span>`,
      );
    } else {
      parts.push(
        `<svg${attrs({ class: 'sj-bars-bar', width: percent(s.value / max), 'aria-hidden': 'true', focusable: 'false' })}>` +
          `<rect${attrs({ class: BAR_CLASS[s.kind], width: '100%', height: '100%' })}/></svg>`,
      );
      if (s.kind === 'at_least') parts.push(tailSvg());
      parts.push(`<span class="sj-bars-value">${escapeXml(s.valueLabel)}</span>`);
    }
    const kind = s.kind.replace('_', '-');
    return [
      `<p class="${label}">${escapeXml(s.label)}</p>`,
      `<div class="sj-bars-scale sj-row--${kind}">${parts.join('')}</div>`,
      // One copy of every value sizes the second column; it is never shown.
      i === 0 ? `<div class="sj-bars-reserve">${reserve}</div>` : '',
    ].join('');
  });
  return `<div class="sj-bars">${rows.join('\n')}</div>${notesHtml(options.notes ?? [])}`;
}

/** Notes under a chart, smaller than its labels. */
export function notesHtml(notes: readonly string[]): string {
  if (notes.length === 0) return '';
  return `<ul class="sj-notes">${notes.map((n) => `<li>${escapeXml(n)}</li>`).join('')}</ul>`;
}

/**
 * The chart's root on a page: an image to assistive technology, named by the chart's title and
 * described by its summary (as the SVG is by its <title> and <desc>); the data table follows it.
 */
export function htmlDocument(o: { id: string; title: string; desc: string; body: string }): string {
  return [
    `<div${attrs({ class: 'sj-html', id: `${o.id}-chart`, role: 'img', 'aria-label': o.title, 'aria-describedby': `${o.id}-desc` })}>`,
    o.body,
    '</div>',
    `<p${attrs({ id: `${o.id}-desc`, hidden: 'hidden' })}>${escapeXml(o.desc)}</p>`,
    '',
  ].join('\n');
}
