// Hostile files: encodings, empty and binary files, YAML bombs, deep nesting, duplicate keys, BOMs.
import { fileKinds } from './file-kinds.ts';
import { describeKinds } from './harness.ts';

describeKinds('hostile files', fileKinds());
