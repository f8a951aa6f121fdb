import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allFigures, exclusion, runRules } from '../../../test/rule-fixture.ts';
import { RULES } from './index.ts';
import type { Rule } from './rule.ts';

const DIR = new URL('./', import.meta.url);
/** The folder's files that are not rules: the registry, the types and the context builder. */
const NOT_RULES = ['index.ts', 'rule.ts', 'context.ts'];
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('the rule registry', () => {
  it('has unique kebab-case ids, each with a one-line description and a check', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(rule.description, rule.id).toMatch(/^[^\n]{10,160}$/);
      expect(rule.description, rule.id).toMatch(/^[`a-z]/);
      const checks = [rule.check, rule.checkInSource, rule.checkExclusion, rule.checkCity];
      expect(
        checks.some((c) => typeof c === 'function'),
        rule.id,
      ).toBe(true);
    }
  });

  it('holds one rule per file, named for its id, with a test beside it, and nothing else', async () => {
    const ruleFiles = files.filter((f) => !NOT_RULES.includes(f));
    const exported: Rule[] = [];
    for (const file of ruleFiles) {
      const module = (await import(new URL(file, DIR).href)) as Record<string, unknown>;
      const rules = Object.values(module).filter(
        (v): v is Rule => !!v && typeof v === 'object' && 'id' in v && 'description' in v,
      );
      expect(
        rules.map((r) => `${r.id}.ts`),
        file,
      ).toEqual([file]);
      exported.push(...rules);
    }
    expect(exported.map((r) => r.id).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(new Set(exported)).toEqual(new Set(RULES));
    const tests = readdirSync(DIR).filter((f) => f.endsWith('.test.ts'));
    for (const file of ruleFiles) expect(tests, file).toContain(file.replace(/\.ts$/, '.test.ts'));
  });

  it('passes the fixture city with every rule (so each rule test fails by its own change)', () => {
    expect(runRules(RULES, { figures: allFigures(), exclusions: [exclusion()] }).issues).toEqual(
      [],
    );
  });
});
