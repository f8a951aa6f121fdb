import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, offsets, runRules } from '../../../test/rule-fixture.ts';
import { quoteSection } from './quote-section.ts';

describe('quote-section', () => {
  it('passes quotes inside their sections', () => {
    expect(runRules(quoteSection, { figures: allFigures() }).issues).toEqual([]);
  });

  it('reports a quote in another section, and one in the title', () => {
    const { personnel, before } = figures();
    personnel.section = 2;
    before.quote = { text: '校外培训治理', ...offsets('校外培训治理') };
    const run = runRules(quoteSection, { figures: [personnel, before] });
    expect(found(run)).toEqual([
      {
        rule: 'quote-section',
        figure: 'testville/personnel',
        message: 'quote lies in section 1, not in section 2',
      },
      {
        rule: 'quote-section',
        figure: 'testville/before',
        message: 'quote lies in section (title), not in section 2',
      },
    ]);
  });

  it('reports a quote that runs past the end of its section', () => {
    const { before } = figures();
    const text = '1700余个。二是规范管理';
    before.section = 1;
    before.quote = { text, ...offsets(text) };
    expect(found(runRules(quoteSection, { figures: [before] }))).toEqual([
      {
        rule: 'quote-section',
        figure: 'testville/before',
        message: 'quote lies in section 1, not in section 1',
      },
    ]);
  });

  it('leaves a section that does not exist to section-range', () => {
    const { personnel } = figures();
    personnel.section = 9;
    expect(runRules(quoteSection, { figures: [personnel] }).issues).toEqual([]);
  });
});
