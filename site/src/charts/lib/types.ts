/** The languages a chart can be drawn in; Chinese is the default. */
export type Lang = 'zh' | 'en';

/** The data behind a chart, as a plain table for readers who cannot see the SVG. */
export interface ChartTable {
  caption: string;
  head: string[];
  rows: string[][];
}

/** What every chart returns: an SVG string rendered at build time, with its text alternatives. */
export interface ChartOutput {
  /** Stable kebab-case id; the SVG's title and desc ids derive from it. */
  id: string;
  title: string;
  /** A generated description for screen readers: what is shown, extremes, caveats. */
  summary: string;
  /** The SVG at its fixed layout: downloads, share images and embeds. */
  svg: string;
  /** The same chart for a page: HTML that reflows to its column (see lib/html.ts). */
  html: string;
  table: ChartTable;
}
