import { describe, expect, it } from 'vitest';
import { generationSeconds, routeFamily, routeTimes } from './route-times.ts';

const log = (time: string) =>
  [
    '12:00:00 [build] Building static entrypoints...',
    ' generating static routes ',
    '12:00:01   ├─ /images/og/figures/hefei/x.png (+23ms) ',
    '12:00:01   ├─ /en/figures/hefei/x/index.html (+4ms) ',
    '12:00:01   └─ /figures/hefei/y/index.html (+3ms) ',
    `12:00:02 ✓ Completed in ${time}.`,
  ].join('\n');

describe('reading an Astro build log', () => {
  it('takes the generation time in each of Astro’s formats', () => {
    expect(generationSeconds(log('812ms'))).toBe(0.812);
    expect(generationSeconds(log('10.28s'))).toBe(10.28);
    expect(generationSeconds(log('2m 5s'))).toBe(125);
    expect(generationSeconds('no routes')).toBeNull();
  });

  it('sums route times by family, both languages together, largest first', () => {
    expect(routeTimes(log('1s'))).toEqual([
      { family: 'images/og', routes: 1, ms: 23 },
      { family: 'figures', routes: 2, ms: 7 },
    ]);
    expect(routeFamily('index.html')).toBe('home');
    expect(routeFamily('api/v1/figures/hefei/x.json')).toBe('api/v1');
  });
});
