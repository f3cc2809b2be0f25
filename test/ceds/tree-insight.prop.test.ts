import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import { analyzeSensitivity, assessCity, findConsiderations, rankAssessments } from '../../src/index.js';
import type { Methodology, RankBy } from '../../src/index.js';
import { applyConsideration } from './apply-consideration.js';
import { treeCaseArbitrary, treeCohortArbitrary } from './tree-arbitraries.js';

// The insight functions on random trees (see tree-arbitraries.ts): they run on the same
// scoring tree as assessCity, so what they report must match a fresh assessCity exactly.
// Small inputs: every consideration costs a fresh assessCity.
const cases = treeCaseArbitrary({ withBudget: false, maxServices: 6, maxIndicators: 3 });
const seed = fc.integer({ min: -(2 ** 40), max: 2 ** 40 });

/** Every row a cohort can be ranked by: overall, readiness, each area and each dimension. */
function rankByArbitrary(methodology: Methodology): fc.Arbitrary<RankBy> {
  return fc.constantFrom<RankBy>(
    'overall',
    'readiness',
    ...methodology.areas.map((a) => ({ area: a.id })),
    ...methodology.dimensions.map((d) => ({ dimension: d.id })),
  );
}

describe('insight on any scoring tree', () => {
  test.prop([cases])(
    'applying any consideration and re-assessing gives exactly old score + gain, at the stated level',
    ({ methodology, input }) => {
      const before = assessCity(input, { methodology }).overall;
      const items = findConsiderations(input, { methodology });
      if (before.score === null) expect(items).toEqual([]);
      for (const item of items) {
        const after = assessCity(applyConsideration(input, item), { methodology }).overall;
        expect(after).toEqual(item.overall);
        expect(after.score).toBe(new Decimal(before.score!).plus(item.gain).toNumber());
        expect(item.gain).toBe(new Decimal(after.score!).minus(before.score!).toNumber());
        expect(item.gain).toBeGreaterThan(0);
        expect(item.crossesLevel).toBe(after.level!.level !== before.level!.level);
      }
      for (let i = 1; i < items.length; i += 1) expect(items[i]!.gain).toBeLessThanOrEqual(items[i - 1]!.gain);
    },
  );

  test.prop([cases, seed, fc.integer({ min: 1, max: 5 })])(
    'sensitivity with jitter 0 reproduces the baseline in every run',
    ({ methodology, input }, s, runs) => {
      const overall = assessCity(input, { methodology }).overall;
      const result = analyzeSensitivity(input, { runs, seed: s, jitter: 0, methodology });
      expect(result.baseline).toBe(overall.score);
      expect(result.level).toEqual(overall.level);
      expect(result.runs).toBe(runs);
      if (overall.score === null) {
        expect(result.scoredRuns).toBe(0);
        return;
      }
      expect(result.scoredRuns).toBe(runs);
      for (const key of ['min', 'p5', 'median', 'p95', 'max'] as const) expect(result[key]).toBe(overall.score);
      expect(result.stability).toBe(1);
      expect(result.levels.map((l) => l.runs)).toEqual(
        result.levels.map((l) => (l.level === overall.level!.level ? runs : 0)),
      );
    },
  );

  test.prop([cases, seed, fc.integer({ min: 1, max: 99 }).map((x) => x / 100)])(
    'sensitivity with jitter keeps min ≤ p5 ≤ median ≤ p95 ≤ max within 0..100',
    ({ methodology, input }, s, jitter) => {
      const result = analyzeSensitivity(input, { runs: 5, seed: s, jitter, methodology });
      expect(result.baseline).toBe(assessCity(input, { methodology }).overall.score);
      expect(result.levels.reduce((sum, l) => sum + l.runs, 0)).toBe(result.scoredRuns);
      expect(result.stability).toBeGreaterThanOrEqual(0);
      expect(result.stability).toBeLessThanOrEqual(1);
      if (result.scoredRuns === 0) return;
      const stats = [result.min!, result.p5!, result.median!, result.p95!, result.max!];
      expect([...stats].sort((a, b) => a - b)).toEqual(stats);
      expect(result.min!).toBeGreaterThanOrEqual(0);
      expect(result.max!).toBeLessThanOrEqual(100);
    },
  );

  test.prop([
    treeCohortArbitrary(6, { withBudget: false, maxServices: 6 }).chain((cohort) =>
      fc.tuple(fc.constant(cohort), rankByArbitrary(cohort.methodology)),
    ),
  ])('a cohort of one tree ranks each city 1 + the number of strictly better scores', ([cohort, by]) => {
    const assessments = cohort.inputs.map((input) => assessCity(input, { methodology: cohort.methodology }));
    const scoreOf = (a: (typeof assessments)[number]): number | null => {
      if (by === 'overall') return a.overall.score;
      if (by === 'readiness') return a.readiness.score;
      if ('area' in by) return a.areas.find((r) => r.id === by.area)!.score;
      return a.dimensions.find((r) => r.id === by.dimension)!.score;
    };
    const scores = new Map(assessments.map((a) => [a.city.id, scoreOf(a)]));
    const { ranking, unranked } = rankAssessments(assessments, { by });
    expect(
      ranking
        .map((r) => r.cityId)
        .concat(unranked.map((u) => u.cityId))
        .sort(),
    ).toEqual([...scores.keys()].sort());
    expect(unranked.every((u) => scores.get(u.cityId) === null)).toBe(true);
    const ranked = ranking.map((r) => r.score);
    ranking.forEach((r, i) => {
      expect(r.score).toBe(scores.get(r.cityId));
      expect(r.rank).toBe(1 + ranked.filter((s) => s > r.score).length);
      if (i > 0) expect(r.score).toBeLessThanOrEqual(ranking[i - 1]!.score);
    });
  });
});
