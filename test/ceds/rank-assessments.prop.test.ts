import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { rankAssessments } from '../../src/ceds/rank-assessments.js';
import { fixtureAssessment } from './assessment-fixture.js';

// Scores on a coarse grid so that ties are common.
const score = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map((n) => n * 5),
  fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
);
const cohort = fc
  .uniqueArray(
    fc.record({ cityId: fc.string({ minLength: 1, maxLength: 6 }), overall: fc.option(score, { nil: null }) }),
    {
      selector: (c) => c.cityId,
      maxLength: 12,
    },
  )
  .chain((cities) =>
    fc.tuple(fc.constant(cities), fc.shuffledSubarray(cities, { minLength: cities.length, maxLength: cities.length })),
  );

describe('rankAssessments properties', () => {
  test.prop([cohort])('the ranking does not depend on the order of the input', ([cities, shuffled]) => {
    const a = rankAssessments(cities.map(fixtureAssessment));
    const b = rankAssessments(shuffled.map(fixtureAssessment));
    expect(b).toEqual(a);
  });

  test.prop([cohort])('rank is 1 + the number of better scores, and percentile follows its definition', ([cities]) => {
    const { ranking, unranked } = rankAssessments(cities.map(fixtureAssessment));
    const scores = ranking.map((r) => r.score);
    expect(ranking.length + unranked.length).toBe(cities.length);
    ranking.forEach((r, i) => {
      expect(r.rank).toBe(1 + scores.filter((s) => s > r.score).length);
      const below = scores.filter((s) => s < r.score).length;
      const equal = scores.filter((s) => s === r.score).length;
      expect(r.percentile).toBeCloseTo((100 * (below + equal / 2)) / scores.length, 2);
      expect(r.percentile).toBeGreaterThan(0);
      expect(r.percentile).toBeLessThan(100);
      if (i > 0) expect(r.score).toBeLessThanOrEqual(ranking[i - 1]!.score);
    });
  });

  test.prop([cohort])('cohort statistics are ordered: min ≤ median, mean ≤ max', ([cities]) => {
    const { overall } = rankAssessments(cities.map(fixtureAssessment)).cohort;
    if (overall.count === 0) return;
    expect(overall.min!).toBeLessThanOrEqual(overall.median!);
    expect(overall.median!).toBeLessThanOrEqual(overall.max!);
    expect(overall.min!).toBeLessThanOrEqual(overall.mean!);
    expect(overall.mean!).toBeLessThanOrEqual(overall.max!);
  });
});
