import { describe, expect, test } from 'vitest';
import { judgeDiagnostics } from '../../src/awards/diagnostics.js';
import { aggregatedStages, entry, participant, sheet, singleCriterionProgram } from './fixtures.js';

describe('judgeDiagnostics', () => {
  // a: 9 6 6 → panel mean 70; b: 8 8 5 → 70; c (p3 from AA, so judge 1 sits it out): 7 7 → 70.
  const { program, layout, recusals, aggregates } = aggregatedStages(singleCriterionProgram(), {
    participants: [participant('p1'), participant('p2'), participant('p3', 'AA')],
    entries: [entry('a', 'p1'), entry('b', 'p2'), entry('c', 'p3')],
    scores: [...sheet('a', [9, 6, 6]), ...sheet('b', [8, 8, 5]), ...sheet('c', [undefined, 7, 7])],
  });
  const input = {
    sheets: aggregates.entries,
    recusals,
    standardization: null,
    denominator: layout.denominator,
    scale: layout.scale,
  };

  test('leniency is the mean deviation from the panel mean; flags mark deviations of 15 points or more', () => {
    const [j1, j2, j3, j4] = judgeDiagnostics(program, input);
    // j1: +20, +10 → 15. j2: −10, +10, 0 → 0. j3: −10, −20, 0 → −10.
    expect(j1).toEqual({
      judgeId: 'j1',
      name: 'Judge 1',
      counted: 2,
      recused: 1,
      leniency: 15,
      flags: [{ entryId: 'a', total: 90, panelMean: 70, deviation: 20 }],
      standardization: null,
      // On the one criterion, the same deviations in marks: +2, +1 → 1.5.
      criteria: [{ id: 'overall', leniency: 1.5 }],
    });
    expect(j2).toMatchObject({ counted: 3, recused: 0, leniency: 0, flags: [] });
    expect(j3).toMatchObject({ leniency: -10, flags: [{ entryId: 'b', total: 50, panelMean: 70, deviation: -20 }] });
    expect(j4).toMatchObject({ counted: 0, leniency: null, flags: [], criteria: [] });
  });

  test('under z-score, each judge says how they were standardised', () => {
    const standardization = ['own', 'own', 'panel', 'panel', 'panel', 'panel', 'panel'] as const;
    const judges = judgeDiagnostics(program, { ...input, standardization });
    expect(judges.map((j) => j.standardization)).toEqual(standardization);
  });
});
