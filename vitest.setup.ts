import { afterEach, beforeEach, vi } from 'vitest';

// A test that writes to the console fails: output hides in CI logs, and it usually means a bug.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let calls: string[] = [];
beforeEach(() => {
  calls = [];
  for (const m of methods)
    vi.spyOn(console, m).mockImplementation(
      (...args: unknown[]) => void calls.push(`console.${m}: ${args.map(String).join(' ')}`),
    );
});
afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) throw new Error(`test wrote to the console:\n${calls.join('\n')}`);
});
