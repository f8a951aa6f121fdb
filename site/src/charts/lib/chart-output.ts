import type { Lang } from '../../i18n/lang';
import { htmlDocument } from './html';
import { svgDocument } from './svg';
import type { ChartOutput } from './types';

/** Assemble a chart's output from its placed size, rendered body, HTML and data table. */
export function chartOutput(o: {
  id: string;
  title: string;
  summary: string;
  lang: Lang;
  size: { width: number; height: number };
  body: string;
  /** The chart in HTML, without its root (htmlDocument adds it). */
  html: string;
  head: string[];
  rows: string[][];
}): ChartOutput {
  return {
    id: o.id,
    title: o.title,
    summary: o.summary,
    svg: svgDocument({
      id: o.id,
      width: o.size.width,
      height: o.size.height,
      title: o.title,
      desc: o.summary,
      lang: o.lang,
      body: o.body,
    }),
    html: htmlDocument({ id: o.id, title: o.title, desc: o.summary, body: o.html }),
    table: { caption: o.title, head: o.head, rows: o.rows },
  };
}
