import { describe, expect, test } from 'vitest';
import { indexIds } from '../../src/core/rules.js';
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
