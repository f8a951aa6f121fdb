// The build's heap flags (build-heap.ts), set by the integration for `astro build` only: a thread
// that keeps a large heap alive and churns through short-lived objects grows by a quarter of what
// survives before it collects (to about twice what it keeps alive, measured, with the young
// generation), not the fourfold V8 allows by default (4.7 times). Run in a child process: V8's
// flags hold for the whole process.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const CHILD = `
const { default: buildHeap } = await import(process.env.MODULE);
const hook = buildHeap().hooks['astro:config:setup'];
hook({ command: process.env.COMMAND });
const live = [];
for (let i = 0; i < 1.5e6; i++) live.push({ a: i, b: 'x' + i, c: [i] });
const { heapUsed } = process.memoryUsage();
let peak = 0;
const recent = [];
for (let r = 0; r < 1500; r++) {
  const g = [];
  for (let i = 0; i < 20000; i++) g.push({ v: i, s: 'y' + i });
  recent.push(g);
  if (recent.length > 20) recent.shift();
  if (r % 25 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
}
console.log(JSON.stringify({ live: heapUsed, peak, kept: live.length }));
`;

function run(command: string) {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD], {
    env: {
      ...process.env,
      MODULE: new URL('../../../src/lib/build-heap.ts', import.meta.url).href,
      COMMAND: command,
    },
    encoding: 'utf8',
  });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as { live: number; peak: number };
}

describe('the build’s heap flags', () => {
  it('keep a build’s heap within less than three times what it keeps alive', () => {
    const { live, peak } = run('build');
    expect(peak / live).toBeLessThan(3);
  }, 60_000);

  it('are not set for astro dev', () => {
    const { live, peak } = run('dev');
    expect(peak / live).toBeGreaterThan(3);
  }, 60_000);
});
