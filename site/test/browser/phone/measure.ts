// What a phone reader meets on a page, measured in the browser: sideways scrolling, table cells
// too narrow for their text, text too small to read, tap targets too small to hit. Runs inside the
// page (page.evaluate), so it must not close over anything.

export interface PhoneLimits {
  /** Smallest readable text, in CSS px as shown (SVG text scaled as drawn). */
  minTextPx: number;
  /**
   * Smallest text of a chart or a figure card on a page (figure.sj-chart, .figure-cards) and of
   * everything on an embed page (.sj-embed), in CSS px.
   */
  minChartTextPx?: number;
  /** Smallest side of a tap target, in CSS px. */
  minTargetPx: number;
  /** The screen's width in CSS px (a mobile browser may widen the layout to fit the content). */
  screenPx: number;
}

/** Everything that fails the limits on the page now in the window, one line each. */
export function phoneProblems(limits: PhoneLimits): string[] {
  const problems: string[] = [];
  const vw = limits.screenPx;
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
  };
  const shown = (el: Element) => {
    if (el.getClientRects().length === 0) return false;
    // The content of a closed <details> keeps its boxes in Chromium but is not shown.
    const closed = el.closest('details:not([open])');
    if (closed && !el.closest('summary')) return false;
    // Visually hidden (for screen readers only): clipped to a 1 px box.
    for (let p: Element | null = el; p && p !== document.body; p = p.parentElement) {
      const r = p.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1 && getComputedStyle(p).overflow !== 'visible') return false;
    }
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none';
  };
  // Inside a scroll container of its own, an element may be wider than the screen.
  const scrolls = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
    }
    return false;
  };

  // 1. No sideways scrolling of the page.
  const width = document.scrollingElement!.scrollWidth;
  if (width > vw) {
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => shown(el) && !scrolls(el))
      .filter((el) => el.getBoundingClientRect().right > vw + 0.5)
      // the innermost ones: no child of theirs is itself a culprit
      .filter((el, _, all) => !all.some((o) => o !== el && el.contains(o)));
    // Text that overflows its box (a long unbreakable word) is not in the box's rectangle.
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || !shown(el) || scrolls(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (range.getBoundingClientRect().right > vw + 0.5 && !culprits.includes(el))
        culprits.push(el);
    }
    problems.push(
      `page is ${width} px wide on a ${vw} px screen: ${culprits.slice(0, 4).map(describe).join(', ')}`,
    );
  }

  // 2. Table cells at least three of their characters wide.
  for (const cell of document.querySelectorAll('td, th')) {
    if (!shown(cell)) continue;
    const text = [...(cell.textContent ?? '').trim().replace(/\s+/g, ' ')];
    if (text.length === 0) continue;
    const s = getComputedStyle(cell);
    const probe = document.createElement('span');
    probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${s.font};letter-spacing:${s.letterSpacing}`;
    probe.textContent = text.slice(0, 3).join('');
    document.body.append(probe);
    const need = probe.getBoundingClientRect().width;
    probe.remove();
    const room = cell.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    if (room + 0.5 < need)
      problems.push(
        `cell ${describe(cell)} is ${room.toFixed(0)} px wide, under 3 characters (${need.toFixed(0)} px)`,
      );
  }

  // 3. Text at least minTextPx as shown.
  const small = new Map<string, number>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    const el = node.parentElement;
    if (!el || !shown(el) || el.closest('script, style, template, noscript, .skip-link')) continue;
    let px = parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGElement) {
      const ctm = (el as unknown as SVGGraphicsElement).getScreenCTM?.();
      if (ctm) px *= Math.hypot(ctm.a, ctm.b);
    }
    const chart =
      limits.minChartTextPx !== undefined &&
      el.closest('figure.sj-chart, .figure-cards, .sj-embed');
    const min = chart ? Math.max(limits.minTextPx, limits.minChartTextPx!) : limits.minTextPx;
    if (px + 0.05 < min) {
      const key = `${describe(el)} is ${px.toFixed(1)} px, under ${min} px`;
      small.set(key, Math.min(px, small.get(key) ?? Infinity));
    }
  }
  for (const [el] of [...small].slice(0, 10)) problems.push(`text ${el}`);
  if (small.size > 10) problems.push(`… and ${small.size - 10} more elements with small text`);

  // 4. Controls and navigation links at least minTargetPx each way (links inside running text
  //    are exempt, as in WCAG 2.5.8).
  const targets = document.querySelectorAll(
    'button, summary, select, textarea, input:not([type=hidden]), header a, nav a, li > a:only-child',
  );
  for (const t of targets) {
    if (!shown(t)) continue;
    if (
      t.matches('li > a:only-child') &&
      (t.parentElement!.textContent ?? '').trim() !== (t.textContent ?? '').trim()
    )
      continue;
    const r = t.getBoundingClientRect();
    if (r.width + 0.5 < limits.minTargetPx || r.height + 0.5 < limits.minTargetPx)
      problems.push(`tap target ${describe(t)} is ${r.width.toFixed(0)}×${r.height.toFixed(0)} px`);
  }
  return problems;
}
