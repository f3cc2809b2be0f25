import { describe, expect, test } from 'vitest';
import { assessCity } from '../../src/ceds/assess.js';
import { defineMethodology } from '../../src/ceds/define-methodology.js';
import { analyzeSensitivity } from '../../src/ceds/sensitivity.js';
import type { CityAssessmentInput, Methodology } from '../../src/ceds/types.js';
import { issuesOf } from '../issues-of.js';

/** A city answering one dimension with `count` indicators, each weighted `weight`. */
function withIndicators(count: number, weight?: number): CityAssessmentInput {
  return {
    city: { id: 'x', name: 'X' },
    services: [
      { id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 3, utilization: 40 },
      { id: 'gis', area: 'e-city', name: 'GIS', status: 'developing', level: 2 },
    ],
    dimensions: [
      {
        id: 'ict-network',
        indicators: Array.from({ length: count }, (_, i) => ({
          id: `i${i}`,
          kind: 'percent' as const,
          value: (i * 37) % 101,
          ...(weight === undefined ? {} : { weight }),
        })),
      },
      { id: 'citizen-readiness', score: 55 },
      { id: 'governance-mechanism', score: 30 },
      { id: 'policy-institution', score: 61 },
    ],
  };
}

/** Every weight of the default methodology set to `weight`. */
function everyWeight(weight: number): Methodology {
  return defineMethodology({
    id: `weights-${weight}`,
    areaWeights: { operation: weight, development: weight, utilization: weight },
    overallWeights: { services: weight, readiness: weight },
    groups: [
      { id: 'internal', label: 'Internal', weight },
      { id: 'external', label: 'External', weight },
    ],
    dimensions: [
      { id: 'governance-mechanism', label: 'Governance Mechanism', group: 'internal', weight },
      { id: 'policy-institution', label: 'Policy & Institution', group: 'internal', weight },
      { id: 'resource-capacity', label: 'Resource Capacity', group: 'internal', weight },
      { id: 'ict-network', label: 'ICT Network', group: 'external', weight },
      { id: 'citizen-readiness', label: 'Citizen Readiness', group: 'external', weight },
      { id: 'public-service-infrastructure', label: 'Public Service Infrastructure', group: 'external', weight },
    ],
  });
}

describe('analyzeSensitivity work limit', () => {
  test('runs × tree size above 20,000,000 is refused at `runs`, naming the product and the runs that fit', () => {
    // 6,000 indicators: 3 area rates + 2 sides + 2 groups + 6 dimensions + 6,000 indicators + 4 areas.
    const [issue, ...rest] = issuesOf(() =>
      analyzeSensitivity(withIndicators(6000), { runs: 100_000, seed: 1, jitter: 0.2 }),
    );
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'too_big', path: ['runs'] });
    expect(issue!.message).toContain('100000 runs × 6017 weights and areas = 601700000');
    expect(issue!.message).toContain('limit of 20000000');
    expect(issue!.message).toContain('at most 3323 runs');
  });

  test('the limit counts the tree: one run more than the message allows is refused, fewer runs are not', () => {
    const city = withIndicators(200);
    // 217 per run: 20,000,000 / 217 = 92,165.9…
    expect(issuesOf(() => analyzeSensitivity(city, { runs: 92_166, seed: 1, jitter: 0.2 }))[0]!.message).toContain(
      'at most 92165 runs',
    );
    expect(analyzeSensitivity(city, { runs: 20, seed: 1, jitter: 0.2 }).scoredRuns).toBe(20);
  });
});

describe('analyzeSensitivity with weights near Number.MAX_VALUE', () => {
  test('gives a result where it used to crash on a draw past the largest float', () => {
    const methodology = everyWeight(Number.MAX_VALUE);
    const city = withIndicators(5, Number.MAX_VALUE);
    const result = analyzeSensitivity(city, { runs: 200, seed: 9, jitter: 0.5, methodology });
    expect(result.baseline).toBe(assessCity(city, { methodology }).overall.score);
    expect(result.scoredRuns).toBe(200);
    expect(result.min!).toBeLessThanOrEqual(result.median!);
    expect(result.median!).toBeLessThanOrEqual(result.max!);
    expect(result.min!).toBeLessThan(result.max!);
  });

  test('scaling every weight by 10^308 changes nothing: the draws past the float range are weighed exactly', () => {
    // 1.5e308 × factor, rounded to 15 digits, is 10^308 × (1.5 × factor rounded): the same run,
    // scaled; half of the draws lie above Number.MAX_VALUE.
    const small = analyzeSensitivity(withIndicators(5, 1.5), {
      runs: 300,
      seed: 2015,
      jitter: 0.4,
      methodology: everyWeight(1.5),
    });
    const huge = analyzeSensitivity(withIndicators(5, 1.5e308), {
      runs: 300,
      seed: 2015,
      jitter: 0.4,
      methodology: everyWeight(1.5e308),
    });
    expect(huge).toEqual(small);
    expect(small.min!).toBeLessThan(small.max!);
  });
});
