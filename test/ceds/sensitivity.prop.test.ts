import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { assessCity } from '../../src/ceds/assess.js';
import { analyzeSensitivity } from '../../src/ceds/sensitivity.js';
import { assessOptionsArbitrary, cityInputArbitrary, methodologyArbitrary } from './arbitraries.js';

const cities = cityInputArbitrary({ maxServices: 12, maxIndicators: 4, withBudget: false });
const jitter = fc.integer({ min: 0, max: 99 }).map((x) => x / 100);
const seed = fc.integer({ min: -(2 ** 40), max: 2 ** 40 });
// Each property call scores a city `runs` times: keep both small.
const few = { numRuns: 40 };

describe('analyzeSensitivity properties', () => {
  test.prop([cities, methodologyArbitrary, assessOptionsArbitrary, jitter, seed], few)(
    'min ≤ p5 ≤ median ≤ p95 ≤ max, and stability is a share',
    (input, methodology, options, j, s) => {
      const result = analyzeSensitivity(input, { runs: 25, seed: s, jitter: j, methodology, ...options });
      expect(result.baseline).toBe(assessCity(input, { methodology, ...options }).overall.score);
      if (result.scoredRuns > 0) {
        expect(result.min!).toBeLessThanOrEqual(result.p5!);
        expect(result.p5!).toBeLessThanOrEqual(result.median!);
        expect(result.median!).toBeLessThanOrEqual(result.p95!);
        expect(result.p95!).toBeLessThanOrEqual(result.max!);
        expect(result.min!).toBeGreaterThanOrEqual(0);
        expect(result.max!).toBeLessThanOrEqual(100);
      }
      expect(result.stability).toBeGreaterThanOrEqual(0);
      expect(result.stability).toBeLessThanOrEqual(1);
      expect(result.levels.reduce((sum, l) => sum + l.runs, 0)).toBe(result.scoredRuns);
    },
  );

  test.prop([cities, methodologyArbitrary, assessOptionsArbitrary, seed], few)(
    'with jitter 0 every run reproduces the baseline',
    (input, methodology, options, s) => {
      const result = analyzeSensitivity(input, { runs: 5, seed: s, jitter: 0, methodology, ...options });
      for (const key of ['min', 'p5', 'median', 'p95', 'max'] as const) expect(result[key]).toBe(result.baseline);
      expect(result.stability).toBe(1);
    },
  );

  test.prop([cities, jitter, seed], few)('the same seed gives a deep-equal result', (input, j, s) => {
    expect(analyzeSensitivity(input, { runs: 10, seed: s, jitter: j })).toEqual(
      analyzeSensitivity(input, { runs: 10, seed: s, jitter: j }),
    );
  });
});
