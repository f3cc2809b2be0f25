// -0 is a valid number for every field that takes 0, and JSON prints it as 0; a result that
// held it would not survive a JSON round trip unchanged. Found by the fuzzing in this folder.
import { describe, expect, test } from 'vitest';
import { assessCity, defaultMethodology, defineMethodology } from '../../src/index.js';
import type { Methodology } from '../../src/index.js';
import { expectCleanData } from './invariants.js';

describe('a -0 in the input never reaches a result', () => {
  test('as a service level, utilization, dimension score or budget amount', () => {
    const result = assessCity({
      city: { id: 'x', name: 'X' },
      services: [
        { id: 'a', area: 'e-admin', name: 'A', status: 'absent', level: -0 },
        { id: 'b', area: 'e-admin', name: 'B', status: 'operating', level: 3, utilization: -0 },
      ],
      dimensions: [{ id: 'ict-network', score: -0 }],
      budget: { currency: 'KRW', lines: [{ area: 'e-admin', year: 2014, budget: -0, spending: -0 }] },
    });
    expect(Object.is(result.services[0]!.level, 0)).toBe(true);
    expectCleanData(result);
  });

  test('as any number of a methodology given in the options', () => {
    const m = structuredClone(defaultMethodology) as any;
    m.areaWeights.operation = -0;
    m.groups[0].weight = -0;
    m.areas[0].order = -0;
    m.levels[0].min = -0;
    m.precision = -0;
    m.missingData.minCoverage = -0;
    m.budgetBands[0].maxDeviation = -0;
    const result = assessCity(
      {
        city: { id: 'x', name: 'X' },
        services: [{ id: 's', area: 'e-admin', name: 'S', status: 'planned', level: 0 }],
      },
      { methodology: m as unknown as Methodology, minCoverage: -0 },
    );
    expect(Object.is(result.methodology.definition.areaWeights.operation, 0)).toBe(true);
    expectCleanData(result);
  });

  test('through defineMethodology', () => {
    const defined = defineMethodology({ areaWeights: { operation: -0 }, precision: -0 });
    expect(Object.is(defined.areaWeights.operation, 0)).toBe(true);
    expect(Object.is(defined.precision, 0)).toBe(true);
  });
});
