// Hostile input, by shape: fields dropped, mistyped or unknown, and roots that are no map.
import { fieldKinds } from './field-kinds.ts';
import { describeKinds } from './harness.ts';

describeKinds('hostile fields', fieldKinds());
