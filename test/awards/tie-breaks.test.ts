import { describe, expect, test } from 'vitest';
import { tieBreakKeys, tieBreakLabel } from '../../src/awards/tie-breaks.js';
import type { TieBreak } from '../../src/awards.js';
import { aggregatedStages, entry, participant, sheet, singleCriterionProgram } from './fixtures.js';

describe('tie-breaks', () => {
  test('each step is named as results show it', () => {
    const steps: TieBreak[] = ['median', 'mean', { criterion: 'impact' }];
    expect(steps.map(tieBreakLabel)).toEqual(['median', 'mean', 'criterion:impact']);
  });

  test('the keys of an entry: its median, its mean, and the mean raw score on a criterion, rounded', () => {
    const program = {
      ...singleCriterionProgram({ tieBreak: ['median', 'mean', { criterion: 'impact' }] }),
      rubric: {
        criteria: [
          { id: 'overall', name: 'Overall', weight: 1, min: 0, max: 10 },
          { id: 'impact', name: 'Impact', weight: 1, min: 0, max: 10 },
        ],
      },
    };
    const { program: defined, aggregates } = aggregatedStages(program, {
      participants: [participant('p1')],
      entries: [entry('a', 'p1')],
      scores: [...sheet('a', [8, 6, 7]), ...sheet('a', [5, 6, 6], 'impact')],
    });
    const key = tieBreakKeys(defined)({ ...aggregates.entries[0]!, median: 70, mean: 71.5 });
    // impact: (5 + 6 + 6) / 3 = 5.666… → 5.67
    expect([0, 1, 2].map(key)).toEqual([70, 71.5, 5.67]);
  });

  test('{ criteria } is the exact sum of the points of those criteria, rounded once', () => {
    // Under points with weights 1.5 and 1, panel marks 7.67 (7.666…) and 5.67 (5.666…) by judge:
    // 1.5 × 23/3 + 17/3 = 11.5 + 5.666… = 17.1666… → 17.17; by criterion, from the rounded
    // lines: 11.51 (1.5 × 7.67 = 11.505) + 5.67 = 17.18.
    const program = (by: 'judge' | 'criterion') => ({
      ...singleCriterionProgram({
        aggregation: { method: 'mean' as const, by },
        scale: 'points' as const,
        tieBreak: [{ criteria: ['overall', 'impact'] }],
      }),
      rubric: {
        criteria: [
          { id: 'overall', name: 'Overall', weight: 1.5, min: 0, max: 10 },
          { id: 'impact', name: 'Impact', weight: 1, min: 0, max: 10 },
        ],
      },
    });
    const parts = {
      participants: [participant('p1')],
      entries: [entry('a', 'p1')],
      scores: [...sheet('a', [8, 8, 7]), ...sheet('a', [5, 6, 6], 'impact')],
    };
    const key = (by: 'judge' | 'criterion') => {
      const { program: defined, aggregates } = aggregatedStages(program(by), parts);
      return tieBreakKeys(defined)(aggregates.entries[0]!)(0);
    };
    expect(key('judge')).toBe(17.17);
    expect(key('criterion')).toBe(17.18);
    expect(tieBreakLabel({ criteria: ['overall', 'impact'] })).toBe('criteria:overall+impact');
  });
});
