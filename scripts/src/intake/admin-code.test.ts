import { describe, expect, it } from 'vitest';
import { adminCodeProblem } from './admin-code.ts';

describe('adminCodeProblem', () => {
  it.each(['340100', '341000', '340300', '429004', '110000', '500000', '110105'])(
    'accepts %s',
    (code) => expect(adminCodeProblem(code)).toBeUndefined(),
  );

  it.each([
    ['34010', 'is not six digits'],
    ['34O100', 'is not six digits'],
    ['990100', 'which is no province'],
    ['340000', 'is the code of a province'],
    ['340001', 'has a county part but no prefecture part'],
  ])('refuses %s: %s', (code, why) => expect(adminCodeProblem(code)).toContain(why));
});
