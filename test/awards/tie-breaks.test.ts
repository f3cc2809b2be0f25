import { describe, expect, test } from 'vitest';
import { readSheets } from '../../src/awards/sheets.js';
import { tieBreakKeys, tieBreakLabel } from '../../src/awards/tie-breaks.js';
import type { TieBreak } from '../../src/awards.js';
import { entry, participant, prepared, sheet, singleCriterionProgram } from './fixtures.js';

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
    const {
      program: defined,
      table,
      layout,
      recusals,
    } = prepared(program, {
      participants: [participant('p1')],
      entries: [entry('a', 'p1')],
      scores: [...sheet('a', [8, 6, 7]), ...sheet('a', [5, 6, 6], 'impact')],
    });
    const [sheets] = readSheets(defined, table, layout, recusals).entries;
    const key = tieBreakKeys(defined, table, layout)({ ...sheets!, median: 70, mean: 71.5 });
    // impact: (5 + 6 + 6) / 3 = 5.666… → 5.67
    expect([0, 1, 2].map(key)).toEqual([70, 71.5, 5.67]);
  });
});
