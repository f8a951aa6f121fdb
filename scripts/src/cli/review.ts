// pnpm review <city> [--list] [--root <dir>]: walk the city's drafts (review: draft) one by one and
// accept, skip, turn into an exclusion or delete each; --list prints them all and exits.
import { createInterface } from 'node:readline';
import { REPO_ROOT } from '../paths.ts';
import { review } from '../review/session.ts';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const repoRoot = rootAt >= 0 && args[rootAt + 1] ? args[rootAt + 1]! : REPO_ROOT;
const slug = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--root');

if (!slug) {
  console.error('usage: pnpm review <city> [--list]   (the city is data/cities/<city>.yaml)');
  process.exitCode = 1;
} else {
  // Read lazily (--list reads nothing); the iterator keeps lines that arrive before they are asked for.
  let lines: AsyncIterator<string> | undefined;
  process.exitCode = await review(
    { repoRoot, slug, list: args.includes('--list') },
    {
      out: (line) => console.log(line),
      err: (line) => console.error(line),
      ask: async (prompt) => {
        process.stdout.write(prompt);
        lines ??= createInterface({ input: process.stdin, terminal: false })[
          Symbol.asyncIterator
        ]();
        const next = await lines.next();
        if (next.done) process.stdout.write('\n');
        return next.done ? undefined : next.value;
      },
      tty: process.stdout.isTTY === true,
    },
  );
  process.stdin.destroy();
}
