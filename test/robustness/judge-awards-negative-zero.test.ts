// -0 is a valid number for every award field that takes 0, and JSON prints it as 0: a program or
// a result that held one would not survive a JSON round trip unchanged (issue 13, item 6).
import { describe, expect, test } from 'vitest';
import { defineAwardProgram, judgeAwards } from '../../src/awards.js';
import { entry, participant, sheet, singleCriterionProgram, submissions } from '../awards/fixtures.js';
import { expectCleanData } from './invariants.js';

const definition = {
  ...singleCriterionProgram({
    precision: -0,
    prizeThresholds: { best: -0 },
    monitoring: { deviation: -0 },
    aggregation: { method: 'mean', trim: -0 },
  }),
  rubric: {
    criteria: [
      { id: 'overall', name: 'Overall', weight: 1, min: -0, max: 10 },
      { id: 'extra', name: 'Extra', weight: -0, min: -5, max: -0 },
    ],
  },
};

describe('a -0 in an award program never comes back', () => {
  test('precision, weights, scale bounds, thresholds and the monitoring deviation read as 0', () => {
    const program = defineAwardProgram(definition);
    expect(Object.is(program.rules.precision, 0)).toBe(true);
    expect(Object.is(program.rules.prizeThresholds['best'], 0)).toBe(true);
    expect(Object.is(program.rules.monitoring.deviation, 0)).toBe(true);
    expect(Object.is(program.rubric.criteria[0]!.min, 0)).toBe(true);
    expect(Object.is(program.rubric.criteria[1]!.weight, 0)).toBe(true);
    expect(Object.is(program.rubric.criteria[1]!.max, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(program))).toEqual(program);
    expectCleanData(program);
  });

  test('nor in the results, whose program numbers survive a JSON round trip', () => {
    const results = judgeAwards(
      definition,
      submissions({
        participants: [participant('p1')],
        entries: [entry('a', 'p1')],
        scores: [...sheet('a', [-0, 5, 10]), ...sheet('a', [-0, -5, -0], 'extra')],
      }),
    );
    expect(Object.is(results.precision, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
    expectCleanData(results);
  });
});
