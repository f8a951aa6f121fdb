// Hostile input, figure by figure: every mutation of a real figure is refused, naming file and rule.
import { figureKinds } from './figure-kinds.ts';
import { describeKinds } from './harness.ts';

// Quotes run in their own file, so that the two halves can run in parallel.
describeKinds(
  'hostile figures',
  figureKinds().filter((k) => k.kind !== 'quote-one-char'),
);
