// Inputs far larger than any real city: they must neither overflow the stack (a RangeError
// would escape `safe*`) nor fail in any way but a CedsInputError. How the time grows with the
// size is measured by the bench (bench/run.mjs), not asserted here: tests make no timing claims.
import { describe, expect, test } from 'vitest';
import { assessCity, safeAssessCity } from '../../src/index.js';
import type { CityAssessmentInput, ServiceInput } from '../../src/index.js';
import { safeJudgeAwards } from '../../src/awards.js';
import type { AwardProgramDefinition, Submissions } from '../../src/awards.js';
import { expectCleanData, expectInputError } from './invariants.js';

const AREAS = ['e-admin', 'e-industry', 'e-city', 'e-info'];
const N = 100_000;

function services(n: number, make: (i: number) => ServiceInput): ServiceInput[] {
  return Array.from({ length: n }, (_, i) => make(i));
}

const valid = (i: number): ServiceInput =>
  i % 3 === 0
    ? {
        id: `s${i}`,
        area: AREAS[i % 4]!,
        name: `Service ${i}`,
        status: 'operating',
        level: 1 + (i % 5),
        utilization: (i % 1000) / 10,
      }
    : {
        id: `s${i}`,
        area: AREAS[i % 4]!,
        name: `Service ${i}`,
        status: i % 3 === 1 ? 'developing' : 'planned',
        level: i % 3 === 1 ? i % 4 : 0,
      };

describe('a 100,000-service input', () => {
  test('is assessed, with explanations, into clean frozen data', () => {
    const input: CityAssessmentInput = { city: { id: 'big', name: 'Big' }, services: services(N, valid) };
    const result = assessCity(input);
    expect(result.average.totalServices).toBe(N);
    expect(result.services).toHaveLength(N);
    expectCleanData(result);
  });

  test('with a rule broken by every service is one CedsInputError listing every problem', () => {
    // Same id, unknown area, an absent service at level 3 reporting a utilization: four rule
    // issues per service, 400,000 in all.
    const input = {
      city: { id: 'big', name: 'Big' },
      services: services(N, () => ({
        id: 's',
        area: 'nowhere',
        name: 'S',
        status: 'absent',
        level: 3,
        utilization: 5,
      })),
    };
    const result = safeAssessCity(input);
    expect(result.success).toBe(false);
    if (!result.success) {
      expectInputError(result.error);
      expect(result.error.issues.length).toBeGreaterThanOrEqual(4 * N - 1);
    }
  });

  test('with a shape error in every service is one CedsInputError listing every problem', () => {
    // zod gathers one issue per service with push(...issues); past ~100,000 that overflows.
    const input = {
      city: { id: 'big', name: 'Big' },
      services: Array.from({ length: N * 2 }, (_, i) => ({
        id: `s${i}`,
        area: 'e-admin',
        name: 5,
        status: 'planned',
        level: 0,
      })),
    };
    const result = safeAssessCity(input as unknown as CityAssessmentInput);
    expect(result.success).toBe(false);
    if (!result.success) {
      expectInputError(result.error);
      expect(result.error.issues).toHaveLength(N * 2);
      expect(result.error.issues[N]!.path).toEqual(['services', N, 'name']);
    }
  });

  test('with 200,000 bad indicators in one dimension is one CedsInputError', () => {
    const indicators = Array.from({ length: N * 2 }, (_, i) => ({ id: `i${i}`, kind: 'boolean', value: 'yes' }));
    const input = { city: { id: 'big', name: 'Big' }, services: [], dimensions: [{ id: 'ict-network', indicators }] };
    const result = safeAssessCity(input as unknown as CityAssessmentInput);
    expect(result.success).toBe(false);
    if (!result.success) {
      expectInputError(result.error);
      expect(result.error.issues[0]!.path).toEqual(['dimensions', 0, 'indicators', 0, 'value']);
    }
  });
});

describe('a judging with 200,000 bad scores', () => {
  test('is one CedsInputError', () => {
    const program: AwardProgramDefinition = {
      edition: 'Big',
      categories: [{ id: 'services', name: 'Services' }],
      tiers: [{ id: 'gold', name: 'Gold' }],
      rubric: { criteria: [{ id: 'c', name: 'C', weight: 1, min: 0, max: 10 }] },
      panel: [{ id: 'j', name: 'J', country: 'FI', organization: 'O' }],
    };
    const submissions = {
      participants: [],
      entries: [],
      scores: Array.from({ length: N * 2 }, () => ({ judgeId: 5, entryId: 'e', criterionId: 'c', value: 1 })),
    };
    const result = safeJudgeAwards(program, submissions as unknown as Submissions);
    expect(result.success).toBe(false);
    if (!result.success) {
      expectInputError(result.error);
      expect(result.error.issues.length).toBeGreaterThanOrEqual(N * 2);
    }
  });
});
