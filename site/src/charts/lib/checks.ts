import { extent, type TextBlock } from './text-block';

/** Text blocks whose estimated box leaves the viewBox (0, 0, width, height). */
export function outOfBounds(
  blocks: readonly TextBlock[],
  width: number,
  height: number,
): TextBlock[] {
  return blocks.filter((b) => {
    const e = extent(b);
    return e.left < 0 || e.right > width || e.top < 0 || e.bottom > height;
  });
}

/** Pairs of text blocks whose estimated boxes overlap. */
export function overlaps(blocks: readonly TextBlock[]): [TextBlock, TextBlock][] {
  const pairs: [TextBlock, TextBlock][] = [];
  blocks.forEach((a, i) =>
    blocks.slice(i + 1).forEach((b) => {
      const [p, q] = [extent(a), extent(b)];
      if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
        pairs.push([a, b]);
    }),
  );
  return pairs;
}
