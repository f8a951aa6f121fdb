/** viewBox width of every chart. */
export const WIDTH = 576;
/** Font size of all chart text, in viewBox units. */
export const FONT_SIZE = 22;
/** Line height of wrapped text. */
export const LINE_HEIGHT = 28;
/** Height of a bar. */
export const BAR_HEIGHT = 28;
/**
 * The narrowest the charts are drawn, in CSS px: a 320 px phone less the page's 1rem margins
 * (charts.css drops the figure's own padding there), and the smallest text that leaves.
 */
export const MIN_RENDER_WIDTH = 288;
export const MIN_TEXT_PX = 11;
