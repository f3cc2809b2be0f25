import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { indexIds, withRules } from '../../src/core/rules.js';
import type { CedsIssue } from '../../src/core/errors.js';

describe('indexIds', () => {
  test('keeps the first index of each id and reports later duplicates at their own path', () => {
    const issues: CedsIssue[] = [];
    const index = indexIds(['a', 'b', 'a', 'a'], ['rubric', 'criteria'], 'Criterion id', issues);
    expect([...index]).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect(issues).toEqual([
      {
        path: ['rubric', 'criteria', 2, 'id'],
        code: 'duplicate_id',
        message: 'Criterion id "a" is already used at rubric.criteria[0]',
      },
      {
        path: ['rubric', 'criteria', 3, 'id'],
        code: 'duplicate_id',
        message: 'Criterion id "a" is already used at rubric.criteria[0]',
      },
    ]);
  });
  test('names another key when records are told apart by it', () => {
    const issues: CedsIssue[] = [];
    indexIds(['A', 'A'], ['budgetBands'], 'Budget band', issues, 'band');
    expect(issues[0]!.path).toEqual(['budgetBands', 1, 'band']);
  });
});

describe('withRules', () => {
  const schema = withRules(z.strictObject({ low: z.number(), high: z.number() }), (v) =>
    v.low < v.high ? [] : [{ path: ['high'], code: 'invalid_range', message: 'high must exceed low' }],
  );
  test('passes a value that keeps the rules', () => {
    expect(schema.safeParse({ low: 1, high: 2 }).success).toBe(true);
  });
  test('reports a broken rule as a custom issue carrying the rule code', () => {
    const result = schema.safeParse({ low: 2, high: 1 });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toMatchObject([
      { code: 'custom', path: ['high'], message: 'high must exceed low', params: { rule: 'invalid_range' } },
    ]);
  });
});
