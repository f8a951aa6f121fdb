// Hostile input in the texts: control and bidi characters, and strings of 100 kB to 6 MB.
import { describeKinds } from './harness.ts';
import { textKinds } from './text-kinds.ts';

describeKinds('hostile texts', textKinds());
