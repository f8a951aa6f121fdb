// Hostile input: every figure's quote altered by one character (inserted, deleted, replaced).
import { figureKinds } from './figure-kinds.ts';
import { describeKinds } from './harness.ts';

describeKinds(
  'hostile quotes',
  figureKinds().filter((k) => k.kind === 'quote-one-char'),
);
