import { describe, expect, test } from 'vitest';
import { Exact } from '../../src/core/decimal.js';
import { assessCity } from '../../src/ceds/assess.js';
import { findConsiderations, type FindConsiderationsOptions } from '../../src/ceds/considerations.js';
import { defineMethodology } from '../../src/ceds/define-methodology.js';
import type { CityAssessmentInput, DimensionInput, Methodology, ServiceInput } from '../../src/ceds/types.js';
import { applyConsideration } from './apply-consideration.js';

// findConsiderations scores each change from running counts and sums instead of re-scoring
// everything else (its cost is linear in the services and in the methodology). Large inputs
// reach every path of that arithmetic; each listed gain must still be exactly what a fresh
// assessCity shows. No timing is asserted here: `npm run bench` measures the growth.

/** Checks every listed change against a fresh assessCity with it applied; returns how many. */
function expectEveryGainExact(input: CityAssessmentInput, options: FindConsiderationsOptions): number {
  const { kinds, ...scoring } = options;
  const before = assessCity(input, { ...scoring, explain: false }).overall.score!;
  const items = findConsiderations(input, { ...scoring, kinds });
  for (const item of items) {
    const after = assessCity(applyConsideration(input, item), { ...scoring, explain: false }).overall;
    expect(after).toEqual(item.overall);
    expect(item.gain).toBe(new Exact(after.score!).minus(before).toNumber());
  }
  return items.length;
}

const fine = defineMethodology({ id: 'fine', precision: 4 });

function service(i: number, area: string, utilization: (i: number) => number | undefined): ServiceInput {
  const kind = i % 7;
  if (kind === 0) return { id: `s${i}`, area, name: 'S', status: 'planned', level: 0 };
  if (kind === 1) return { id: `s${i}`, area, name: 'S', status: 'developing', level: 1 + (i % 4) };
  if (kind === 2) return { id: `s${i}`, area, name: 'S', status: 'absent', level: 0, applicable: i % 3 !== 0 };
  const u = utilization(i);
  return {
    id: `s${i}`,
    area,
    name: 'S',
    status: 'operating',
    level: 1 + (i % 5),
    ...(u === undefined ? {} : { utilization: u }),
  };
}

describe('findConsiderations on large inputs', () => {
  test('one area of 150 services with distinct utilizations: every gain is exact', () => {
    const input: CityAssessmentInput = {
      city: { id: 'x', name: 'X' },
      services: Array.from({ length: 150 }, (_, i) =>
        service(i, 'e-admin', (k) => (k % 11 === 0 ? undefined : ((k * 7919) % 100_000) / 1000)),
      ),
    };
    expect(expectEveryGainExact(input, { methodology: fine })).toBeGreaterThan(100);
    expect(expectEveryGainExact(input, { methodology: fine, missingData: 'zero', minCoverage: 0 })).toBeGreaterThan(
      100,
    );
  });

  test('utilizations with more digits than the context holds: every gain is still exact', () => {
    // 1.2345678901234568e-25 has 41 decimals: sums of such shares round in 40 digits, so the
    // area is re-scored from its services, as assessCity does.
    const input: CityAssessmentInput = {
      city: { id: 'x', name: 'X' },
      services: Array.from({ length: 40 }, (_, i) =>
        service(i, i % 2 === 0 ? 'e-admin' : 'e-city', (k) =>
          k % 4 === 0 ? 1.2345678901234568e-25 * (k + 1) : k % 4 === 1 ? 33.333333333333336 : (k * 13) % 100,
        ),
      ),
    };
    expect(expectEveryGainExact(input, { methodology: fine })).toBeGreaterThan(30);
  });

  test.each(['equal', 'services'] as const)(
    'a methodology of 200 areas weighted %s: every gain is exact',
    (areaWeighting) => {
      const methodology = defineMethodology({
        id: 'many-areas',
        precision: 4,
        areaWeighting,
        areas: Array.from({ length: 200 }, (_, i) => ({ id: `a${i}`, label: `A${i}`, order: i })),
      });
      const input: CityAssessmentInput = {
        city: { id: 'x', name: 'X' },
        services: Array.from({ length: 300 }, (_, i) => service(i, `a${(i * 7) % 200}`, (k) => (k * 37) % 101)),
      };
      expect(expectEveryGainExact(input, { methodology })).toBeGreaterThan(100);
    },
  );
});

describe('findConsiderations on a methodology of many dimensions', () => {
  function manyDimensions(weight: number, group: Methodology['aggregation']['group']): Methodology {
    return defineMethodology({
      id: 'many-dimensions',
      precision: 4,
      aggregation: { group },
      dimensions: Array.from({ length: 60 }, (_, i) => ({
        id: `d${i}`,
        label: `D${i}`,
        group: i % 3 === 0 ? 'internal' : 'external',
        weight: i % 5 === 0 ? 2 * weight : weight,
      })),
    });
  }
  const dimensions: DimensionInput[] = Array.from({ length: 60 }, (_, i) =>
    i % 9 === 8
      ? { id: `d${i}`, score: (i * 17) % 100 }
      : {
          id: `d${i}`,
          indicators: [
            { id: 'a', kind: 'likert', value: 1 + (i % 5) },
            { id: 'b', kind: 'percent', value: i % 7 === 0 ? null : (i * 31) % 100 },
          ],
        },
  );
  const input: CityAssessmentInput = {
    city: { id: 'x', name: 'X' },
    services: [{ id: 's', area: 'e-admin', name: 'S', status: 'operating', level: 3, utilization: 50 }],
    dimensions,
  };

  // Whole and short weights take the running sums; a third (16 decimals) and the geometric
  // mean recombine through the tree.
  test.each([
    [1, 'arithmetic'],
    [0.25, 'arithmetic'],
    [1 / 3, 'arithmetic'],
    [1, 'geometric'],
  ] as const)('weights of %s, %s groups: every gain is exact', (weight, group) => {
    const methodology = manyDimensions(weight, group);
    expect(expectEveryGainExact(input, { methodology, kinds: ['raise-indicator'] })).toBeGreaterThan(30);
    expectEveryGainExact(input, { methodology, kinds: ['raise-indicator'], missingData: 'zero', minCoverage: 75 });
  });
});
