import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import { assessCity, defineMethodology } from '../../src/index.js';
import type {
  CityAssessment,
  CityAssessmentInput,
  DimensionInput,
  Level,
  Methodology,
  MethodologyOverrides,
} from '../../src/index.js';
import { contributionSum } from './assess-fixtures.js';
import { treeCaseArbitrary, type TreeCase } from './tree-arbitraries.js';

// assessCity on random trees (see tree-arbitraries.ts), not only on the CeDS presets.
const cases = treeCaseArbitrary();

const assess = ({ input, methodology }: TreeCase): CityAssessment => assessCity(input, { methodology });

/** The band of a reported score, read off the methodology's bands. */
function bandOf(score: number, methodology: Methodology): Level {
  const band = methodology.levels.findLast((b) => b.min <= score)!;
  return { level: band.level, name: band.name };
}

/** A permutation of a list, drawn by fast-check. */
const shuffle = <T>(list: readonly T[]) =>
  fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });

/** The dimensions of an input, each with its indicators in a drawn order. */
const shuffledDimensions = (dimensions: readonly DimensionInput[]) =>
  shuffle(dimensions).chain((list) =>
    fc.tuple(
      ...list.map((d) =>
        d.indicators === undefined
          ? fc.constant(d)
          : shuffle(d.indicators).map((indicators): DimensionInput => ({ ...d, indicators })),
      ),
    ),
  );

describe('assessCity on any scoring tree', () => {
  test.prop([cases])(
    'every score lies within 0..100 or is null, rounded to the precision, in the band of its rounded value',
    (tree) => {
      const result = assess(tree);
      const { methodology } = tree;
      const rows = [
        ...result.areas,
        result.average,
        ...result.dimensions,
        ...result.groups,
        result.readiness,
        result.overall,
      ];
      for (const row of rows) {
        expect(row.level === null).toBe(row.score === null);
        if (row.score === null) continue;
        expect(row.score).toBeGreaterThanOrEqual(0);
        expect(row.score).toBeLessThanOrEqual(100);
        expect(Object.is(row.score, -0)).toBe(false);
        expect(new Decimal(row.score).decimalPlaces()).toBeLessThanOrEqual(methodology.precision);
        expect(row.level).toEqual(bandOf(row.score, methodology));
      }
      const shares = [
        ...[...result.areas, result.average].flatMap((r) => [r.operationRate, r.developmentRate, r.utilizationRate]),
        ...Object.values(result.coverage),
        ...Object.values(result.explanations).map((e) => e.coverage),
      ];
      for (const share of shares) {
        if (share === null) continue;
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(100);
      }
    },
  );

  test.prop([cases])('the rows are the areas, groups and dimensions of the methodology, in its order', (tree) => {
    const result = assess(tree);
    const { methodology } = tree;
    expect(result.areas.map((a) => [a.id, a.label])).toEqual(methodology.areas.map((a) => [a.id, a.label]));
    expect(result.groups.map((g) => [g.id, g.label])).toEqual(methodology.groups.map((g) => [g.id, g.label]));
    expect(result.dimensions.map((d) => [d.id, d.label, d.group])).toEqual(
      methodology.dimensions.map((d) => [d.id, d.label, d.group]),
    );
    expect(result.coverage.areas === null).toBe(methodology.areas.length === 0);
    expect(result.coverage.dimensions === null).toBe(methodology.dimensions.length === 0);
  });

  test.prop([cases])(
    'a methodology with one side scores overall as that side, and never warns one-side-only',
    (tree) => {
      const result = assess(tree);
      const { areas, dimensions, overallWeights } = tree.methodology;
      const codes = result.warnings.map((w) => w.code);
      if (areas.length === 0 || dimensions.length === 0) {
        expect(codes).not.toContain('one-side-only');
        const side = areas.length === 0 ? result.readiness : result.average;
        expect(result.overall).toEqual({ score: side.score, level: side.level });
        return;
      }
      // Both sides weigh: the warning says exactly that one of them has no score.
      if (overallWeights.services > 0 && overallWeights.readiness > 0) {
        const oneMissing = (result.average.score === null) !== (result.readiness.score === null);
        expect(codes.includes('one-side-only')).toBe(oneMissing);
      }
    },
  );

  test.prop([cases])('the result is deeply frozen and equals its JSON round trip', (tree) => {
    const result = assess(tree);
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
    const stack: unknown[] = [result];
    while (stack.length > 0) {
      const value = stack.pop();
      if (typeof value !== 'object' || value === null) continue;
      expect(Object.isFrozen(value)).toBe(true);
      stack.push(...Object.values(value));
    }
  });

  test.prop([
    cases.chain((tree) =>
      fc.tuple(fc.constant(tree), shuffle(tree.input.services ?? []), shuffledDimensions(tree.input.dimensions ?? [])),
    ),
  ])('permuting services, dimensions and indicators gives a deep-equal result', ([tree, services, dimensions]) => {
    const { input } = tree;
    const permuted: CityAssessmentInput = {
      ...input,
      ...(input.services === undefined ? {} : { services }),
      ...(input.dimensions === undefined ? {} : { dimensions }),
    };
    expect(assess({ ...tree, input: permuted })).toStrictEqual(assess(tree));
  });

  test.prop([
    cases,
    fc.integer({ min: 2, max: 7 }),
    fc.constantFrom('area', 'overall', 'groups', 'dimensions', 'indicators'),
    fc.nat(),
  ])('multiplying the weights of one list by k > 0 changes nothing but the methodology', (tree, k, list, pick) => {
    const { methodology, input } = tree;
    // Exact products: the weights have at most 6 decimals.
    const times = (w: number) => new Decimal(w).times(k).toNumber();
    let overrides: MethodologyOverrides = {};
    let scaledInput = input;
    if (list === 'area') {
      const { operation, development, utilization } = methodology.areaWeights;
      overrides = {
        areaWeights: { operation: times(operation), development: times(development), utilization: times(utilization) },
      };
    } else if (list === 'overall') {
      const { services, readiness } = methodology.overallWeights;
      overrides = { overallWeights: { services: times(services), readiness: times(readiness) } };
    } else if (list === 'groups') {
      overrides = { groups: methodology.groups.map((g) => ({ ...g, weight: times(g.weight) })) };
    } else if (list === 'dimensions' && methodology.groups.length > 0) {
      // The dimension weights of one group.
      const group = methodology.groups[pick % methodology.groups.length]!.id;
      overrides = {
        dimensions: methodology.dimensions.map((d) => (d.group === group ? { ...d, weight: times(d.weight) } : d)),
      };
    } else if (list === 'indicators') {
      // The indicator weights of one dimension.
      const dimensions = input.dimensions ?? [];
      const withIndicators = dimensions.filter((d) => d.indicators !== undefined);
      const target = withIndicators[pick % Math.max(1, withIndicators.length)];
      scaledInput = {
        ...input,
        ...(input.dimensions === undefined
          ? {}
          : {
              dimensions: dimensions.map((d) =>
                d !== target
                  ? d
                  : { ...d, indicators: d.indicators!.map((i) => ({ ...i, weight: times(i.weight ?? 1) })) },
              ),
            }),
      };
    }
    const scaled = defineMethodology(overrides, methodology);
    const before = assess(tree);
    const after = assess({ methodology: scaled, input: scaledInput });
    expect({ ...after, methodology: null }).toStrictEqual({ ...before, methodology: null });
  });

  test.prop([cases])(
    'every explanation adds up exactly to its unrounded value and reports the score of its row',
    (tree) => {
      const result = assess(tree);
      const { precision } = tree.methodology;
      for (const explanation of Object.values(result.explanations)) {
        if (explanation.unrounded === null) {
          expect(explanation.score).toBeNull();
          expect(explanation.components).toEqual([]);
          continue;
        }
        expect(contributionSum(explanation).equals(explanation.unrounded)).toBe(true);
        for (const c of explanation.components)
          for (const s of [c.value, c.weight, c.contribution]) expect(s).toMatch(/^-?\d+(\.\d+)?$/);
        expect(explanation.score).toBe(
          new Decimal(explanation.unrounded).toDecimalPlaces(precision, Decimal.ROUND_HALF_UP).toNumber(),
        );
      }
      const rows: [string, { score: number | null }][] = [
        ['overall', result.overall],
        ...result.groups.map((g): [string, typeof g] => [`groups.${g.id}`, g]),
        ...result.dimensions.map((d): [string, typeof d] => [`dimensions.${d.id}`, d]),
        ...result.areas.map((a): [string, typeof a] => [`areas.${a.id}`, a]),
      ];
      if (tree.methodology.dimensions.length > 0) rows.push(['readiness', result.readiness]);
      if (tree.methodology.areas.length > 0) rows.push(['average', result.average]);
      for (const [key, row] of rows) {
        expect(Object.hasOwn(result.explanations, key), key).toBe(true);
        expect(result.explanations[key]!.score, key).toBe(row.score);
      }
    },
  );
});
